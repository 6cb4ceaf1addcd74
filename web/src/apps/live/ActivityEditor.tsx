import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../shared/api';
import { Button, ErrorBox, TextField } from '../../shared/ui';
import type { ActivityType } from './types';

export interface ActivityDefinition {
  id: string;
  type: ActivityType;
  title: string;
  state: string;
  revision: number;
  hasResponses: boolean;
  config: { options?: string[] };
}

/**
 * The editor part of the console (§7 Editor): each activity of the definition can move up or down (the full order is
 * sent), be renamed, have its poll options edited (until someone answered: the configuration is then frozen) and be
 * deleted. Edits send `If-Match` with the activity's revision, so two hosts' tabs cannot overwrite each other.
 */
export function ActivityEditor({ sessionId, activities }: { sessionId: string; activities: ActivityDefinition[] }) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => client.invalidateQueries({ queryKey: ['live', 'session', sessionId] });
  const base = `/api/live/sessions/${sessionId}/activities`;

  function move(index: number, by: number) {
    const ids = activities.map((a) => a.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved);
    setError(null);
    void api.put(`${base}/order`, { ids }).then(reload).catch(setError);
  }

  function remove(a: ActivityDefinition) {
    if (!window.confirm(`Delete "${a.title}"?`)) return;
    setError(null);
    void api
      .delete(`${base}/${a.id}`, { headers: { 'If-Match': `"a${a.revision}"` } })
      .then(reload)
      .catch(setError);
  }

  return (
    <section aria-label="Edit activities" className="space-y-2">
      <h3 className="font-semibold">Edit and reorder</h3>
      {error ? <ErrorBox error={error} /> : null}
      <ol className="space-y-1">
        {activities.map((a, i) => (
          <li key={a.id} className="rounded border p-2">
            <div className="flex flex-wrap items-center gap-1">
              <span className="mr-auto">
                {i + 1}. {a.title} <span className="text-sm text-slate-700">({a.type})</span>
              </span>
              <Button size="sm" variant="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${a.title} up`}>
                ↑
              </Button>
              <Button size="sm" variant="secondary" disabled={i === activities.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${a.title} down`}>
                ↓
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setEditing(editing === a.id ? null : a.id)}>
                Edit
              </Button>
              <Button size="sm" variant="danger" onClick={() => remove(a)} aria-label={`Delete ${a.title}`}>
                Delete
              </Button>
            </div>
            {editing === a.id ? (
              <EditForm
                activity={a}
                onSaved={() => {
                  setEditing(null);
                  void reload();
                }}
                path={`${base}/${a.id}`}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EditForm({ activity, path, onSaved }: { activity: ActivityDefinition; path: string; onSaved: () => void }) {
  const [title, setTitle] = useState(activity.title);
  const [options, setOptions] = useState((activity.config.options ?? []).join('\n'));
  const [error, setError] = useState<unknown>(null);
  const editOptions = activity.type === 'poll';
  return (
    <form
      className="mt-2 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        const body: Record<string, unknown> = { title };
        if (editOptions && !activity.hasResponses) {
          body.config = { ...activity.config, options: options.split('\n').map((o) => o.trim()).filter(Boolean) };
        }
        void api
          .patch(path, body, { headers: { 'If-Match': `"a${activity.revision}"` } })
          .then(onSaved)
          .catch(setError);
      }}
    >
      {error ? <ErrorBox error={error} /> : null}
      <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      {editOptions ? (
        <label className="block text-sm">
          Options, one a line {activity.hasResponses ? '(frozen: someone already answered)' : '(2–10)'}
          <textarea className="w-full rounded border p-2" value={options} disabled={activity.hasResponses} onChange={(e) => setOptions(e.target.value)} />
        </label>
      ) : null}
      <Button type="submit" size="sm">
        Save
      </Button>
    </form>
  );
}
