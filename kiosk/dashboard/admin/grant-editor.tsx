// A person's roles, each over its administration or office, offering only what the signed-in person may hand out:
// live places only (the collector refuses a new role on an archived one); a role kept on a place archived since shows it as such.
import type { Administration } from '../../../server/contract/admin';
import type { Grant, Role } from '../../../server/contract/auth';
import { listOffices } from '../admin-api';
import { grantableRoles, mayGrant } from '../grants';
import { A, ROLE_LABEL } from './admin-labels';
import { useLoad } from './use-load';

interface Props {
  actor: readonly Grant[];
  /** Archived ones too: they name the places of roles held since before; only live ones are offered. */
  administrations: readonly Administration[];
  value: Grant[];
  onChange: (grants: Grant[]) => void;
  problem?: string;
}

/** The shape each role needs: no scope for an installation admin, an office for an office manager. */
export function reshape(grant: Grant, role: Role, firstAdministration: string | undefined): Grant {
  if (role === 'installation_admin') return { role, administrationId: null, officeId: null };
  const administrationId = grant.administrationId ?? firstAdministration ?? null;
  if (role === 'administration_admin') return { role, administrationId, officeId: null };
  return { role, administrationId, officeId: grant.officeId };
}

/** The first administration a new role may go to. */
export const firstLive = (administrations: readonly Administration[]) => administrations.find((a) => !a.archivedAt)?.id;

export function GrantEditor({ actor, administrations, value, onChange, problem }: Props) {
  const roles = grantableRoles(actor);
  if (roles.length === 0) return <p class="muted">{A.noRoleToGrant}</p>;
  const set = (i: number, grant: Grant) => onChange(value.map((g, k) => (k === i ? grant : g)));
  return (
    <fieldset class="grants" data-testid="grant-editor">
      <legend>{A.roles}</legend>
      {value.map((grant, i) => (
        <GrantRow
          key={i}
          index={i}
          grant={grant}
          roles={roles}
          actor={actor}
          administrations={administrations}
          onChange={(g) => set(i, g)}
          onRemove={value.length > 1 ? () => onChange(value.filter((_, k) => k !== i)) : undefined}
        />
      ))}
      <button type="button" data-testid="grant-add" onClick={() => onChange([...value, reshape({ role: 'viewer', administrationId: null, officeId: null }, 'viewer', firstLive(administrations))])}>
        {A.addRole}
      </button>
      {problem && <p class="field-problem">{problem}</p>}
    </fieldset>
  );
}

interface RowProps {
  index: number;
  grant: Grant;
  roles: Role[];
  actor: readonly Grant[];
  administrations: readonly Administration[];
  onChange: (grant: Grant) => void;
  onRemove?: () => void;
}

function GrantRow({ index, grant, roles, actor, administrations, onChange, onRemove }: RowProps) {
  const administrationId = grant.administrationId ?? undefined;
  const needsOffice = grant.role === 'office_manager' || grant.role === 'viewer';
  const offices = useLoad(needsOffice && administrationId ? (signal) => listOffices(administrationId, signal) : undefined, administrationId ?? '');
  // Only live administrations where this person may hand out roles at all.
  const where = administrations.filter((a) => !a.archivedAt && mayGrant(actor, { role: 'viewer', administrationId: a.id, officeId: null }));
  const officeChoices = (offices.data ?? []).filter((o) => !o.archivedAt && mayGrant(actor, { ...grant, officeId: o.id }));
  // The place of a role held since before its archiving: shown as it is (a select showing another
  // choice would misstate the role), and sent back unchanged, which the collector keeps.
  const heldAdministration = administrationId && !where.some((a) => a.id === administrationId) ? administrations.find((a) => a.id === administrationId) : undefined;
  const heldOffice = grant.officeId && !officeChoices.some((o) => o.id === grant.officeId) ? offices.data?.find((o) => o.id === grant.officeId) : undefined;
  const id = `grant-${index}`;
  // Each select with a visible label: "Ruolo", "Amministrazione", "Ufficio". The row's number is for
  // screen readers, who hear one row's "Ruolo" from another's only by it.
  const label = (text: string, control: string) => (
    <label for={`${id}-${control}`}>
      {text}
      <span class="visually-hidden">{` ${index + 1}`}</span>
    </label>
  );
  return (
    <div class="grant-row" data-testid="grant-row">
      <div class="field">
        {label(A.role, 'role')}
        <select id={`${id}-role`} data-testid="grant-role" value={grant.role} onChange={(e) => onChange(reshape(grant, e.currentTarget.value as Role, where[0]?.id))}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      {grant.role !== 'installation_admin' && (
        <div class="field">
          {label(A.administration, 'administration')}
          <select
            id={`${id}-administration`}
            data-testid="grant-administration"
            value={administrationId ?? ''}
            onChange={(e) => onChange({ ...grant, administrationId: e.currentTarget.value || null, officeId: null })}
          >
            {!administrationId && <option value="">{A.chooseAdministration}</option>}
            {heldAdministration && <option value={heldAdministration.id}>{heldAdministration.archivedAt ? A.archivedAdministrationChoice(heldAdministration.name) : heldAdministration.name}</option>}
            {where.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {needsOffice && administrationId && (
        <div class="field">
          {label(A.scopeOffice, 'office')}
          <select id={`${id}-office`} data-testid="grant-office" value={grant.officeId ?? ''} onChange={(e) => onChange({ ...grant, officeId: e.currentTarget.value || null })}>
            {grant.role === 'viewer' ? <option value="">{A.wholeAdministration}</option> : !grant.officeId && <option value="">{A.chooseOffice}</option>}
            {heldOffice && <option value={heldOffice.id}>{heldOffice.archivedAt ? A.archivedOfficeChoice(heldOffice.name) : heldOffice.name}</option>}
            {officeChoices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {onRemove && (
        <button type="button" class="small danger" onClick={onRemove}>
          {A.removeRole}
        </button>
      )}
    </div>
  );
}
