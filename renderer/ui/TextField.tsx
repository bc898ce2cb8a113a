import { useId, type InputHTMLAttributes } from 'react';
import { useTranslator } from '../app/i18n';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

/**
 * A labelled input whose error is announced and tied to it (aria-describedby). A field with a length
 * limit says so once the text reaches it: the browser cuts a longer paste without a word, so a title of
 * 500 characters pasted as 120 is never cut unnoticed.
 */
export function TextField({ label, error, hint: given, className, ...input }: TextFieldProps) {
  const { t } = useTranslator();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const max = input.maxLength;
  const atLimit = max !== undefined && String(input.value ?? '').length >= max;
  const hint = atLimit ? t('field.atLimit', { max }) : given;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint ? (
        <p id={hintId} className="field-hint" role={atLimit ? 'status' : undefined}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
