import { Icon } from '../../ui/Icon.tsx';

/**
 * A polite live region that is always in the page, so screen readers hear what is put in it
 * ("Saved", "Invitation sent"); on screen the text comes with a tick, not only a green colour.
 */
export function SuccessMessage({ text }: { text: string | null }) {
  return (
    <div role="status" className={text ? 'success-message' : 'success-message success-message-empty'}>
      {text ? (
        <>
          <Icon name="check" size={20} />
          <span>{text}</span>
        </>
      ) : null}
    </div>
  );
}
