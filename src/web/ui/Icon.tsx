import type { NoteIcon } from '../../domain/noteKinds.ts';

export type IconName =
  | NoteIcon
  | 'check'
  | 'clock'
  | 'people'
  | 'offline'
  | 'hidden'
  | 'dot'
  | 'edit'
  | 'trash'
  | 'print'
  | 'external'
  | 'close'
  | 'arrowLeft'
  | 'arrowRight'
  | 'send';

const PATHS: Readonly<Record<IconName, string>> = {
  circle: 'M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  bulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  speech: 'M4 5h16v11H10l-5 4v-4H4z',
  alert: 'M12 3.5L2.5 20h19zM12 10v4.5M12 17.5h.01',
  wrench: 'M4 20l7.5-7.5M19.7 7.3A5 5 0 1 1 16.7 4.3L15.8 7.2L18.8 8.2Z',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 7v5l3.5 2',
  people: 'M9 11a3.5 3.5 0 1 0 0-7a3.5 3.5 0 0 0 0 7zM2.5 20c.5-3.5 3.2-5.5 6.5-5.5s6 2 6.5 5.5M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.8c2 .7 3.2 2.5 3.5 5.2',
  offline: 'M2 8.5a15 15 0 0 1 5-3M22 8.5a15 15 0 0 0-10-4M5 12a10 10 0 0 1 3-2M19 12a10 10 0 0 0-4-2.2M8.5 15.5a5 5 0 0 1 7 0M12 19h.01M3 3l18 18',
  hidden: 'M3 3l18 18M10.6 6.1A10 10 0 0 1 12 6c5 0 9 4.5 10 6c-.4.7-1.4 2-2.8 3.3M6.6 7.6C4.5 9 3 11 2 12c1 1.5 5 6 10 6c1.6 0 3-.4 4.3-1.1M9.9 9.9a3 3 0 0 0 4.2 4.2',
  dot: 'M12 7a5 5 0 1 0 0 10a5 5 0 1 0 0-10z',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  print: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z',
  external: 'M14 4h6v6M20 4l-9 9M18 14v6H4V6h6',
  close: 'M6 6l12 12M18 6L6 18',
  arrowLeft: 'M19 12H5M11 6l-6 6l6 6',
  arrowRight: 'M5 12h14M13 6l6 6l-6 6',
  send: 'M4 12l16-8l-6 16l-2.5-6.5z',
};

/** A line icon. Always decorative: the text beside it carries the meaning. */
export function Icon({ name, size = 20, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={name === 'dot' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
