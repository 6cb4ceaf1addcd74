import { useId, type KeyboardEvent } from 'react';
import { Field, Input } from '../../shared/ui';
import { addTags, splitTyped } from './tags';

/**
 * Tags as removable chips; Enter or a comma (typed or pasted) ends a name, existing tags are suggested. The name being
 * typed stays text until then (leaving the field must not move the buttons below it) and is saved with the form.
 */
export function TagInput({
  value,
  typing,
  suggestions,
  error,
  onChange,
}: {
  value: string[];
  typing: string;
  suggestions: string[];
  error?: string;
  onChange: (tags: string[], typing: string) => void;
}) {
  const listId = useId();
  const onText = (text: string) => {
    const { finished, typing: rest } = splitTyped(text);
    onChange(addTags(value, finished), rest);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && typing.trim()) {
      e.preventDefault();
      onChange(addTags(value, typing), '');
    } else if (e.key === 'Backspace' && !typing && value.length > 0) {
      onChange(value.slice(0, -1), '');
    }
  };
  return (
    <Field label="Tags" error={error} hint="Enter or comma adds a tag; new names are created.">
      {(control) => (
        <div>
          {value.length > 0 ? (
            <ul aria-label="Chosen tags" className="mb-2 flex flex-wrap gap-1">
              {value.map((t) => (
                <li key={t}>
                  <button
                    type="button"
                    className="min-h-9 rounded-full bg-indigo-50 px-3 text-sm text-indigo-800 hover:bg-indigo-100"
                    aria-label={`Remove tag ${t}`}
                    onClick={() => onChange(value.filter((x) => x !== t), typing)}
                  >
                    #{t} ✕
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <Input {...control} className="min-h-11" list={listId} value={typing} onChange={(e) => onText(e.target.value)} onKeyDown={onKey} />
          <datalist id={listId}>
            {suggestions
              .filter((s) => !value.includes(s))
              .map((s) => (
                <option key={s} value={s} />
              ))}
          </datalist>
        </div>
      )}
    </Field>
  );
}
