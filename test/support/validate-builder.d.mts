export interface BuilderValidation {
  valid: boolean;
  problems: string[];
}

/** Each fuse's shipped value and what a weaker one would allow. */
export const SHIPPED_FUSES: Readonly<Record<string, readonly [boolean, string]>>;

export function validateBuilderConfig(configPath?: string): Promise<BuilderValidation>;

export function checkPackageContents(
  configPath?: string,
): Promise<{ entries: string[]; resources: string[]; unexpected: string[] }>;
