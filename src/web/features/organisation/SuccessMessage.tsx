import { TextWithEmail } from '../../ui/EmailAddress.tsx';
import { Icon } from '../../ui/Icon.tsx';

/**
 * A polite live region that is always in the page, so screen readers hear what is put in it
 * ("Saved", "Invitation sent"); on screen the text comes with a tick, not only a green colour.
 * Empty, it stays in the page but takes no room: a region that only appears along with its
 * first message may not be announced. Addresses the text names (`emails`) wrap readably.
 */
export function SuccessMessage({ text, emails = [] }: { text: string | null; emails?: readonly string[] }) {
  return (
    <div role="status" className={text ? 'success-message' : 'visually-hidden'}>
      {text ? (
        <>
          <Icon name="check" size={20} />
          <span>
            <TextWithEmail text={text} emails={emails} />
          </span>
        </>
      ) : null}
    </div>
  );
}
