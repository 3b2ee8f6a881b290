import { useEffect, useState } from 'react';
import type { WorkshopView } from '../../protocol/views.ts';
import { useT } from '../i18n/useT.ts';
import { remainingMs } from '../realtime/clockOffset.ts';
import { Icon } from './Icon.tsx';

function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The step's countdown, computed from the server's deadline and this device's measured clock
 * offset, so a phone whose clock is wrong still shows the same time as the projector.
 */
export function Timer({ timer, clockOffset, large }: { timer: WorkshopView['timer']; clockOffset: number; large?: boolean }) {
  const { t } = useT();
  const [now, setNow] = useState(() => Date.now());
  const running = timer.endsAt !== null;

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);

  if (timer.endsAt === null) return null;
  const left = remainingMs(timer.endsAt, now, clockOffset);
  const done = left === 0;
  return (
    <div className={`timer${large ? ' timer-large' : ''}${done ? ' timer-done' : ''}`} data-testid="timer">
      <Icon name="clock" size={large ? 36 : 20} />
      <span className="visually-hidden">{t('timer.label')}</span>
      {/* role=timer is not announced on every tick; the text is read when someone moves to it. */}
      <span role="timer" className="timer-clock">
        {done ? t('timer.done') : formatClock(left)}
      </span>
    </div>
  );
}
