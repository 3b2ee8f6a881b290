import { useState } from 'react';
import { Button, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { MAX_PAPER_HEADCOUNT } from '../../../domain/workshopState.ts';
import { useT } from '../../i18n/useT.ts';
import type { WorkshopClient } from '../../realtime/WorkshopClient.ts';

interface PaperHeadcountProps {
  readonly stepId: string;
  /** What the workshop holds now for this step. */
  readonly saved: number;
  readonly client: WorkshopClient;
}

/**
 * How many people wrote on paper in this step. Their notes are typed in by the facilitator, so the
 * server cannot count them; without this a workshop held on paper could never reach the minimum
 * group size of the before/after comparison.
 */
export function PaperHeadcount({ stepId, saved, client }: PaperHeadcountProps) {
  const { t } = useT();
  const [count, setCount] = useState(saved);
  return (
    <div className="inline-form paper-headcount">
      <NumberField className="field field-number" value={count} onChange={setCount} minValue={0} maxValue={MAX_PAPER_HEADCOUNT} step={1}>
        <Label className="field-label">{t('quick.paperCount')}</Label>
        <Group className="number-group">
          <Input className="field-input" data-testid="paper-headcount" />
        </Group>
        <Text slot="description" className="field-description">
          {t('quick.paperCountHelp')}
        </Text>
      </NumberField>
      <Button
        className="button"
        isDisabled={!Number.isInteger(count) || count === saved}
        onPress={() => client.send({ type: 'paper.headcount', stepId, count })}
      >
        {t('common.save')}
      </Button>
    </div>
  );
}
