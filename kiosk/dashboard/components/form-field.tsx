// A labelled form field with its hint and the collector's problem next to it, the form's error box, and the options of a select.
import type { ComponentChildren } from 'preact';
import { DashboardApiError } from '../api';

/** The collector's reason for one field (a JSON pointer such as "/name"), if it refused it. */
export function problemAt(error: unknown, field: string): string | undefined {
  if (!(error instanceof DashboardApiError)) return undefined;
  return error.problems.find((p) => p.field === field || p.field.startsWith(`${field}/`))?.reason;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  problem?: string;
  children: ComponentChildren;
}

/** Wraps one control: the control itself must carry `id` and, when there is one, aria-describedby={`${id}-note`}. */
export function Field({ id, label, hint, problem, children }: FieldProps) {
  return (
    <div class={`field${problem ? ' has-problem' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {(hint || problem) && (
        <p class={problem ? 'field-problem' : 'field-hint'} id={`${id}-note`} data-testid={problem ? `${id}-problem` : undefined}>
          {problem ?? hint}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'time' | 'number';
  hint?: string;
  problem?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  /** Bounds of a number field. */
  min?: number;
  max?: number;
  testId?: string;
}

export function TextField({ id, label, value, onInput, type = 'text', hint, problem, testId, ...rest }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} problem={problem}>
      <input
        id={id}
        type={type}
        value={value}
        data-testid={testId}
        aria-invalid={problem ? true : undefined}
        aria-describedby={hint || problem ? `${id}-note` : undefined}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        {...rest}
      />
    </Field>
  );
}

type NewPasswordProps = Omit<TextFieldProps, 'type' | 'autoComplete' | 'required'> & { required?: boolean };

/** A field for choosing a password (first admin, a changed or an initial one): masked, required unless told, and marked as new for password managers. */
export function NewPasswordField({ required = true, ...props }: NewPasswordProps) {
  return <TextField {...props} type="password" autoComplete="new-password" required={required} />;
}

/**
 * The form's error: the collector's message in a live region; problems that belong to no field on
 * screen are listed too, so nothing it said is lost.
 */
export function FormError({ error, fields = [], testId }: { error: unknown; fields?: readonly string[]; testId?: string }) {
  if (!error) return null;
  const message = error instanceof DashboardApiError ? error.detail : error instanceof Error ? error.message : String(error);
  const others = error instanceof DashboardApiError ? error.problems.filter((p) => !fields.some((f) => p.field === f || p.field.startsWith(`${f}/`))) : [];
  return (
    <div class="form-error" role="alert" data-testid={testId}>
      <p>{message}</p>
      {others.length > 0 && (
        <ul>
          {others.map((p) => (
            <li key={p.field}>{`${p.field}: ${p.reason}`}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A select's options for named items (offices, services, administrations): the id as value, the name as text. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {items.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}
