import { say, scheduleWording } from '../../core/contracts/wording.ts';
import type { Due } from '../../core/schedule/due-date.ts';
import { Toggle } from '../toggle.tsx';
import { useT } from '../translate-context.ts';

interface SchedulePanelProps {
  due: Due;
  openIssue: string;
  enabled: boolean;
  cadenceSetting: number | null;
  learnedCadence: number | null;
  onChange: (patch: { enabled?: boolean; cadenceDays?: number | null }) => void;
}

export function SchedulePanel({ due, openIssue, enabled, cadenceSetting, learnedCadence, onChange }: SchedulePanelProps) {
  const t = useT();
  return (
    <div>
      <p>{t('scheduleIntro')}</p>
      <p class={`due-line due-${due.state}`}>{say(t, scheduleWording(due, openIssue))}</p>
      <Toggle id="reminders-enabled" label={t('fieldRemindersEnabled')} checked={enabled} onChange={(on) => onChange({ enabled: on })} />
      <div class="field field-narrow">
        <label for="cadence-days">{t('fieldCadence')}</label>
        <input
          id="cadence-days"
          type="number"
          min={1}
          max={366}
          placeholder={learnedCadence === null ? '' : String(learnedCadence)}
          value={cadenceSetting ?? ''}
          onChange={(e) => {
            const raw = e.currentTarget.value.trim();
            const n = Number(raw);
            if (raw === '') onChange({ cadenceDays: null });
            else if (Number.isInteger(n) && n >= 1 && n <= 366) onChange({ cadenceDays: n });
          }}
        />
      </div>
      <p class="hint">{learnedCadence === null ? t('cadenceUnknown') : t('cadenceLearned', learnedCadence)}</p>
    </div>
  );
}
