import { NOTE_KINDS, type NoteKindId } from '../../domain/noteKinds.ts';
import { useT } from '../i18n/useT.ts';
import { Icon } from './Icon.tsx';

/** A note kind as colour, icon and words together, so no one depends on telling colours apart. */
export function KindBadge({ kind, showLabel = true }: { kind: NoteKindId; showLabel?: boolean }) {
  const { l } = useT();
  const def = NOTE_KINDS[kind];
  return (
    <span className={`kind-badge kind-${def.colour}`}>
      <Icon name={def.icon} size={16} />
      {showLabel ? <span>{l(def.label)}</span> : <span className="visually-hidden">{l(def.label)}</span>}
    </span>
  );
}
