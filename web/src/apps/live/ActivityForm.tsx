import { useState, type ReactNode } from 'react';
import { api, isApiError } from '../../shared/api';
import { Button, Checkbox, ErrorBox, Field, Input, Select, TextField, toast } from '../../shared/ui';
import { lt, typeText } from './i18n';
import type { ActivityConfig, ActivityDefinition, ActivityType, QuizQuestionConfig } from './types';

export const activityTypes: ActivityType[] = ['poll', 'wordcloud', 'rating', 'opentext', 'qna', 'quiz', 'reactions'];

const emojiSet = ['👍', '❤️', '😂', '👏', '🎉', '😮', '😢', '🔥', '💯', '🙌', '🤔', '👀', '✅', '❌', '⭐', '🚀', '💡', '🙏', '😍', '🤯', '🥳', '😴', '👎', '😡'];

const newQuestion = (): QuizQuestionConfig => ({
  text: '',
  options: ['', ''],
  correct: [],
  points: 1000,
  timeLimitSeconds: 20,
  speedBonus: true,
  showLeaderboard: null,
  explanation: '',
});

/** The defaults of §4.3 for a new activity of each type. */
function defaults(type: ActivityType): ActivityConfig {
  switch (type) {
    case 'poll':
      return { options: ['', ''], multiple: false, maxChoices: null, allowChange: true };
    case 'wordcloud':
      return { maxWordsPerParticipant: 3, maxWordLength: 25 };
    case 'rating':
      return { min: 1, max: 5, minLabel: '', maxLabel: '', allowChange: true };
    case 'opentext':
      return { maxLength: 280, entriesPerParticipant: 1, moderated: false };
    case 'qna':
      return { maxLength: 280, anonymousAllowed: true, preModeration: false, maxQuestionsPerParticipant: 10, sort: 'votes' };
    case 'quiz':
      return { questions: [newQuestion()], openOnShow: true };
    case 'reactions':
      return { emojis: emojiSet.slice(0, 6) };
  }
}

/** A stored configuration as the form edits it: the type's defaults, then what the server keeps (quiz questions complete). */
function editable(activity: ActivityDefinition): ActivityConfig {
  const { questions, ...stored } = activity.config;
  return { ...defaults(activity.type), ...stored, questions: questions ? questions.map((q) => ({ ...newQuestion(), ...q })) : null };
}

const defaultResultsMode = (type: ActivityType) => (type === 'quiz' || type === 'opentext' ? 'onReveal' : 'live');

/**
 * One form per activity type (§7 Editor) for adding an activity or editing one: the title, when results show, the
 * timer and grace, and every configuration field of the type with its limits. The server validates; its problem+json
 * field errors (`config.questions[0].correct`, `title`, …) are shown next to the fields they name. Edits send
 * `If-Match` with the activity's revision; once someone answered, the configuration is frozen and only the title and
 * results mode are sent.
 */
export function ActivityForm({ sessionId, activity, onSaved }: { sessionId: string; activity?: ActivityDefinition; onSaved: () => void }) {
  const [type, setType] = useState<ActivityType>(activity?.type ?? 'poll');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [resultsMode, setResultsMode] = useState(activity?.resultsMode ?? defaultResultsMode(type));
  const [timeLimit, setTimeLimit] = useState(activity?.timeLimitSeconds?.toString() ?? '');
  const [grace, setGrace] = useState(activity?.closeGraceSeconds ?? 0);
  const [config, setConfig] = useState<ActivityConfig>(activity ? editable(activity) : defaults(type));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const frozen = activity?.hasResponses ?? false;
  const fieldError = (field: string) => (isApiError(error) ? error.fieldError(field) : undefined);
  const set = (patch: Partial<ActivityConfig>) => setConfig((c) => ({ ...c, ...patch }));
  const prefix = activity ? `edit-${activity.id}` : 'new';

  function changeType(next: ActivityType) {
    setType(next);
    setConfig(defaults(next));
    setResultsMode(defaultResultsMode(next));
  }

  function submit() {
    setError(null);
    setSaving(true);
    const body: Record<string, unknown> = { title, resultsMode };
    if (type !== 'quiz') body.closeGraceSeconds = grace;
    if (type !== 'quiz' && timeLimit !== '') body.timeLimitSeconds = Number(timeLimit);
    if (!frozen) body.config = type === 'poll' ? { ...config, options: (config.options ?? []).map((o) => o.trim()).filter(Boolean) } : config;
    const saved = activity
      ? api.patch(`/api/live/sessions/${sessionId}/activities/${activity.id}`, body, { headers: { 'If-Match': `"a${activity.revision}"` } })
      : api.post(`/api/live/sessions/${sessionId}/activities`, { ...body, type });
    void saved
      .then(() => {
        toast(activity ? lt('form.saved', { title }) : lt('form.added', { title }));
        if (!activity) {
          setTitle('');
          setConfig(defaults(type));
        }
        onSaved();
      })
      .catch(setError)
      .finally(() => setSaving(false));
  }

  return (
    <form
      noValidate
      className="mt-2 space-y-3"
      aria-label={activity ? lt('form.editLabel', { title: activity.title }) : lt('form.addLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {error ? <ErrorBox error={error} /> : null}
      {activity ? null : (
        <Field label={lt('form.type')}>
          {(control) => (
            <Select {...control} value={type} onChange={(e) => changeType(e.target.value as ActivityType)}>
              {activityTypes.map((t) => (
                <option key={t} value={t}>
                  {typeText(t)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <TextField label={lt('form.title')} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} error={fieldError('title')} />
      <div className="flex flex-wrap gap-3">
        <Field label={lt('form.resultsShown')} error={fieldError('resultsMode')}>
          {(control) => (
            <Select {...control} value={resultsMode} onChange={(e) => setResultsMode(e.target.value as ActivityDefinition['resultsMode'])}>
              <option value="live">{lt('form.results.live')}</option>
              <option value="onClose">{lt('form.results.onClose')}</option>
              <option value="onReveal">{lt('form.results.onReveal')}</option>
            </Select>
          )}
        </Field>
        {type !== 'quiz' ? (
          <>
            <NumberField label={lt('form.timeLimit')} value={timeLimit} onChange={setTimeLimit} min={5} max={3600} error={fieldError('timeLimitSeconds')} />
            <NumberField label={lt('form.grace')} value={grace} onChange={(v) => setGrace(Number(v))} min={0} max={30} error={fieldError('closeGraceSeconds')} />
          </>
        ) : null}
      </div>
      {frozen ? <p className="text-sm text-slate-700">{lt('form.frozen')}</p> : null}
      <fieldset disabled={frozen} className="space-y-3">
        <TypeFields type={type} config={config} set={set} fieldError={fieldError} idPrefix={prefix} />
      </fieldset>
      <Button type="submit" size="sm" loading={saving}>
        {activity ? lt('form.save') : lt('form.add')}
      </Button>
    </form>
  );
}

interface TypeFieldsProps {
  type: ActivityType;
  config: ActivityConfig;
  set: (patch: Partial<ActivityConfig>) => void;
  fieldError: (field: string) => string | undefined;
  idPrefix: string;
}

function TypeFields({ type, config, set, fieldError, idPrefix }: TypeFieldsProps) {
  switch (type) {
    case 'poll':
      return (
        <>
          <LinesField label={lt('form.options')} lines={config.options ?? []} onChange={(options) => set({ options })} error={fieldError('config.options')} />
          <div className="flex flex-wrap gap-4">
            <Checkbox label={lt('form.multiple')} checked={config.multiple ?? false} onChange={(e) => set({ multiple: e.target.checked })} />
            {config.multiple ? (
              <NumberField
                label={lt('form.maxChoices')}
                value={config.maxChoices ?? ''}
                onChange={(v) => set({ maxChoices: v === '' ? null : Number(v) })}
                min={2}
                max={10}
                error={fieldError('config.maxChoices')}
              />
            ) : null}
            <Checkbox label={lt('form.allowChange')} checked={config.allowChange ?? true} onChange={(e) => set({ allowChange: e.target.checked })} />
          </div>
        </>
      );
    case 'wordcloud':
      return (
        <div className="flex flex-wrap gap-3">
          <NumberField label={lt('form.wordsPerParticipant')} value={config.maxWordsPerParticipant ?? 3} onChange={(v) => set({ maxWordsPerParticipant: Number(v) })} min={1} max={10} error={fieldError('config.maxWordsPerParticipant')} />
          <NumberField label={lt('form.maxWordLength')} value={config.maxWordLength ?? 25} onChange={(v) => set({ maxWordLength: Number(v) })} min={3} max={40} error={fieldError('config.maxWordLength')} />
        </div>
      );
    case 'rating':
      return (
        <div className="flex flex-wrap gap-3">
          <Field label={lt('form.scaleFrom')} error={fieldError('config.min')}>
            {(control) => (
              <Select {...control} value={config.min ?? 1} onChange={(e) => set({ min: Number(e.target.value) })}>
                <option value={0}>0</option>
                <option value={1}>1</option>
              </Select>
            )}
          </Field>
          <NumberField label={lt('form.scaleTo')} value={config.max ?? 5} onChange={(v) => set({ max: Number(v) })} min={3} max={10} error={fieldError('config.max')} />
          <TextField label={lt('form.lowLabel')} value={config.minLabel ?? ''} onChange={(e) => set({ minLabel: e.target.value })} maxLength={40} error={fieldError('config.minLabel')} />
          <TextField label={lt('form.highLabel')} value={config.maxLabel ?? ''} onChange={(e) => set({ maxLabel: e.target.value })} maxLength={40} />
          <Checkbox label={lt('form.allowChange')} checked={config.allowChange ?? true} onChange={(e) => set({ allowChange: e.target.checked })} />
        </div>
      );
    case 'opentext':
      return (
        <div className="flex flex-wrap gap-3">
          <NumberField label={lt('form.maxLength')} value={config.maxLength ?? 280} onChange={(v) => set({ maxLength: Number(v) })} min={1} max={500} error={fieldError('config.maxLength')} />
          <NumberField label={lt('form.entriesPerParticipant')} value={config.entriesPerParticipant ?? 1} onChange={(v) => set({ entriesPerParticipant: Number(v) })} min={1} max={5} error={fieldError('config.entriesPerParticipant')} />
          <Checkbox label={lt('form.moderated')} checked={config.moderated ?? false} onChange={(e) => set({ moderated: e.target.checked })} />
        </div>
      );
    case 'qna':
      return (
        <div className="flex flex-wrap gap-3">
          <NumberField label={lt('form.maxQuestionLength')} value={config.maxLength ?? 280} onChange={(v) => set({ maxLength: Number(v) })} min={10} max={500} error={fieldError('config.maxLength')} />
          <NumberField
            label={lt('form.questionsPerParticipant')}
            value={config.maxQuestionsPerParticipant ?? 10}
            onChange={(v) => set({ maxQuestionsPerParticipant: Number(v) })}
            min={1}
            max={20}
            error={fieldError('config.maxQuestionsPerParticipant')}
          />
          <Field label={lt('form.sort')} error={fieldError('config.sort')}>
            {(control) => (
              <Select {...control} value={config.sort ?? 'votes'} onChange={(e) => set({ sort: e.target.value as 'votes' | 'newest' })}>
                <option value="votes">{lt('form.sort.votes')}</option>
                <option value="newest">{lt('form.sort.newest')}</option>
              </Select>
            )}
          </Field>
          <Checkbox label={lt('form.anonymousAllowed')} checked={config.anonymousAllowed ?? true} onChange={(e) => set({ anonymousAllowed: e.target.checked })} />
          <Checkbox label={lt('form.preModeration')} checked={config.preModeration ?? false} onChange={(e) => set({ preModeration: e.target.checked })} />
        </div>
      );
    case 'quiz':
      return <QuizFields config={config} set={set} fieldError={fieldError} idPrefix={idPrefix} />;
    case 'reactions':
      return (
        <fieldset>
          <legend className="text-sm font-medium">{lt('form.emojis')}</legend>
          <div className="flex flex-wrap gap-2">
            {emojiSet.map((emoji) => {
              const chosen = config.emojis ?? [];
              return (
                <Checkbox
                  key={emoji}
                  label={emoji}
                  checked={chosen.includes(emoji)}
                  onChange={(e) => set({ emojis: e.target.checked ? [...chosen, emoji] : chosen.filter((x) => x !== emoji) })}
                />
              );
            })}
          </div>
          {fieldError('config.emojis') ? <p className="text-sm text-red-700">{fieldError('config.emojis')}</p> : null}
        </fieldset>
      );
  }
}

function QuizFields({ config, set, fieldError, idPrefix }: Omit<TypeFieldsProps, 'type'>) {
  const questions = config.questions ?? [];
  const update = (index: number, patch: Partial<QuizQuestionConfig>) => set({ questions: questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) });
  return (
    <div className="space-y-3">
      <Checkbox label={lt('form.openOnShow')} checked={config.openOnShow ?? true} onChange={(e) => set({ openOnShow: e.target.checked })} />
      {fieldError('config.questions') ? <p className="text-sm text-red-700">{fieldError('config.questions')}</p> : null}
      <ol className="space-y-3">
        {questions.map((q, i) => {
          const err = (field: string) => fieldError(`config.questions[${i}].${field}`);
          const n = i + 1;
          return (
            <li key={i} className="space-y-2 rounded border p-2">
              <fieldset className="space-y-2">
                <legend className="font-medium">{lt('form.question', { n })}</legend>
                <TextField label={lt('form.questionText', { n })} value={q.text} onChange={(e) => update(i, { text: e.target.value })} maxLength={300} error={err('text')} />
                <fieldset>
                  <legend className="text-sm">{lt('form.answers')}</legend>
                  <ul className="space-y-1">
                    {q.options.map((option, o) => (
                      <li key={o} className="flex items-center gap-2">
                        <input
                          type="checkbox"
                          id={`${idPrefix}-q${i}-c${o}`}
                          aria-label={lt('form.answerCorrect', { n, answer: o + 1 })}
                          checked={q.correct.includes(o)}
                          onChange={(e) => update(i, { correct: e.target.checked ? [...q.correct, o] : q.correct.filter((c) => c !== o) })}
                          className="size-4"
                        />
                        <Input
                          aria-label={lt('form.answer', { n, answer: o + 1 })}
                          value={option}
                          maxLength={120}
                          onChange={(e) => update(i, { options: q.options.map((x, k) => (k === o ? e.target.value : x)) })}
                        />
                        <Button
                          size="sm"
                          variant="secondary"
                          disabled={q.options.length <= 2}
                          aria-label={lt('form.removeAnswer', { n, answer: o + 1 })}
                          onClick={() =>
                            update(i, {
                              options: q.options.filter((_, k) => k !== o),
                              correct: q.correct.filter((c) => c !== o).map((c) => (c > o ? c - 1 : c)),
                            })
                          }
                        >
                          ✕
                        </Button>
                      </li>
                    ))}
                  </ul>
                  <Button size="sm" variant="secondary" disabled={q.options.length >= 6} onClick={() => update(i, { options: [...q.options, ''] })}>
                    {lt('form.addAnswer', { n })}
                  </Button>
                  <ErrorLine>{err('options') ?? err('correct')}</ErrorLine>
                </fieldset>
                <div className="flex flex-wrap gap-3">
                  <NumberField label={lt('form.points', { n })} value={q.points} onChange={(v) => update(i, { points: Number(v) })} min={0} max={2000} error={err('points')} />
                  <NumberField
                    label={lt('form.questionTimeLimit', { n })}
                    value={q.timeLimitSeconds ?? ''}
                    onChange={(v) => update(i, { timeLimitSeconds: v === '' ? null : Number(v) })}
                    min={5}
                    max={300}
                    error={err('timeLimitSeconds')}
                  />
                  <Checkbox label={lt('form.speedBonus')} checked={q.speedBonus} onChange={(e) => update(i, { speedBonus: e.target.checked })} />
                  <Checkbox
                    label={lt('form.leaderboardAfter')}
                    checked={q.showLeaderboard ?? i === questions.length - 1}
                    onChange={(e) => update(i, { showLeaderboard: e.target.checked })}
                  />
                </div>
                <TextField label={lt('form.explanation', { n })} value={q.explanation} onChange={(e) => update(i, { explanation: e.target.value })} maxLength={500} error={err('explanation')} />
                <Button size="sm" variant="danger" disabled={questions.length <= 1} onClick={() => set({ questions: questions.filter((_, k) => k !== i) })}>
                  {lt('form.removeQuestion', { n })}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button size="sm" variant="secondary" disabled={questions.length >= 50} onClick={() => set({ questions: [...questions, newQuestion()] })}>
        {lt('form.addQuestion')}
      </Button>
    </div>
  );
}

function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  error,
}: {
  label: string;
  value: number | string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  error?: string;
}) {
  return <TextField label={label} type="number" value={value} min={min} max={max} onChange={(e) => onChange(e.target.value)} error={error} className="w-28" />;
}

function LinesField({ label, lines, onChange, error }: { label: string; lines: string[]; onChange: (lines: string[]) => void; error?: string }) {
  return (
    <Field label={label} error={error}>
      {(control) => <textarea {...control} className="w-full rounded border p-2" rows={4} value={lines.join('\n')} onChange={(e) => onChange(e.target.value.split('\n'))} />}
    </Field>
  );
}

function ErrorLine({ children }: { children: ReactNode }) {
  return children ? <p className="text-sm text-red-700">{children}</p> : null;
}
