export interface BuilderValidation {
  valid: boolean;
  problems: string[];
}

export function validateBuilderConfig(configPath?: string): Promise<BuilderValidation>;

export function checkPackageContents(
  configPath?: string,
): Promise<{ entries: string[]; resources: string[]; unexpected: string[] }>;
