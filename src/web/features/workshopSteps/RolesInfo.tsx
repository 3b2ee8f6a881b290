import { INVOLVEMENT_ROLES, TEAM_CAUTIONS } from '../../../domain/method/involvementRoles.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from '../../ui/Icon.tsx';
import { headingsAt, type InfoProps } from './infoHeadings.ts';
import './workshopSteps.css';

/** Who takes part in a digitalisation and with what, and what to mind when choosing representatives. */
export function RolesInfo({ headingLevel = 2, compact }: InfoProps) {
  const { t, l } = useT();
  const { Heading, SubHeading } = headingsAt(headingLevel);
  return (
    <div className="method-info">
      <ul className={compact ? 'trait-cards method-cards method-cards-compact' : 'trait-cards method-cards'}>
        {INVOLVEMENT_ROLES.map((role) => (
          <li key={role.id} className="trait-card method-card">
            <Heading className="trait-name">{l(role.name)}</Heading>
            <p>{l(role.summary)}</p>
            {compact ? null : (
              <>
                <SubHeading className="trait-subheading">{t('infoRoles.tasks')}</SubHeading>
                <ul className="trait-list">
                  {role.tasks.map((task) => (
                    <li key={task.en}>{l(task)}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
      <section className="callout method-cautions" aria-labelledby="team-cautions-heading">
        <Heading id="team-cautions-heading" className="method-cautions-title">
          <Icon name="alert" size={20} /> {t('infoRoles.cautionsTitle')}
        </Heading>
        <ul className="trait-list">
          {TEAM_CAUTIONS.map((caution) => (
            <li key={caution.en}>{l(caution)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
