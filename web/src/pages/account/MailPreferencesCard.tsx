import { useState, type FormEvent } from 'react';
import { Button, Card, Checkbox, ErrorBox, Field, Loading, Notice, Select, errorMessage } from '../../shared/ui';
import { useMailPreferences, useSaveMailPreferences, type MailPreferences } from './api';
import { at, type AccountKey } from './text';

function PreferencesForm({ saved }: { saved: MailPreferences }) {
  const save = useSaveMailPreferences();
  const [language, setLanguage] = useState(saved.language);
  const [enabled, setEnabled] = useState(() => new Set(saved.topics.filter((topic) => topic.enabled).map((topic) => topic.key)));

  const toggle = (key: string, on: boolean) =>
    setEnabled((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ language, optedOut: saved.topics.filter((topic) => !enabled.has(topic.key)).map((topic) => topic.key) });
  };

  return (
    <form noValidate onSubmit={onSubmit} className="max-w-md space-y-4">
      <p className="text-sm text-slate-600">{at('mail.intro')}</p>
      <ErrorBox>{save.error ? errorMessage(save.error) : null}</ErrorBox>
      <Notice>{save.isSuccess ? at('mail.saved') : null}</Notice>
      <Field label={at('mail.language')}>
        {(control) => (
          <Select {...control} name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {saved.languages.map((code) => (
              <option key={code} value={code}>
                {at(`mail.lang.${code}` as AccountKey)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {saved.topics.length === 0 ? (
        <p className="text-sm text-slate-600">{at('mail.none')}</p>
      ) : (
        <fieldset className="space-y-2">
          <legend className="sr-only">{at('mail.title')}</legend>
          {saved.topics.map((topic) => (
            <div key={topic.key}>
              <Checkbox label={topic.label} checked={enabled.has(topic.key)} onChange={(e) => toggle(topic.key, e.target.checked)} />
            </div>
          ))}
        </fieldset>
      )}
      <Button type="submit" loading={save.isPending}>
        {at('mail.save')}
      </Button>
    </form>
  );
}

/** Which notifications the user gets by mail, and in which language. */
export function MailPreferencesCard() {
  const preferences = useMailPreferences();
  return (
    <Card aria-labelledby="mail-heading">
      <h2 id="mail-heading" className="mb-3 text-lg font-semibold">
        {at('mail.title')}
      </h2>
      {preferences.isPending ? <Loading /> : null}
      {preferences.isError ? <ErrorBox error={preferences.error} onRetry={() => void preferences.refetch()} /> : null}
      {preferences.data ? <PreferencesForm saved={preferences.data} /> : null}
    </Card>
  );
}
