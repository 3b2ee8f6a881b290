import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { ROLE_LABELS, ROLES, isRole, type Role } from '../../../domain/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';

interface RolesFieldProps {
  readonly label: string;
  readonly value: readonly Role[];
  readonly onChange: (roles: Role[]) => void;
  readonly error?: string | null;
}

/** The seven roles as checkboxes; a person may hold several. */
export function RolesField({ label, value, onChange, error }: RolesFieldProps) {
  const { t, l } = useT();
  return (
    <CheckboxGroup
      className="field"
      value={[...value]}
      onChange={(keys) => onChange(ROLES.filter((role) => keys.filter(isRole).includes(role)))}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Text slot="description" className="field-description">
        {t('members.rolesHint')}
      </Text>
      <div className="roles-grid">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} className="checkbox" data-testid={`role-${role}`}>
            <span className="checkbox-box" aria-hidden="true">
              <Icon name="check" size={16} />
            </span>
            {l(ROLE_LABELS[role])}
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{error}</FieldError>
    </CheckboxGroup>
  );
}
