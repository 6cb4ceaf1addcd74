import { useQueryClient } from '@tanstack/react-query';
import { GripVertical } from 'lucide-react';
import { useState } from 'react';
import { api } from '../../shared/api';
import { Button, ErrorBox, toast } from '../../shared/ui';
import { ActivityForm } from './ActivityForm';
import { lt, typeText } from './i18n';
import type { ActivityDefinition } from './types';

/**
 * The editor part of the console (§7 Editor): each activity of the definition can be dragged to a new place or moved
 * up or down with its arrow buttons from the keyboard (the full order is sent either way), be edited with its type's form (until someone answered: the configuration is then frozen) and be deleted.
 * Edits send `If-Match` with the activity's revision, so two hosts' tabs cannot overwrite each other.
 */
export function ActivityEditor({ sessionId, activities }: { sessionId: string; activities: ActivityDefinition[] }) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const reload = () => client.invalidateQueries({ queryKey: ['live', 'session', sessionId] });
  const base = `/api/live/sessions/${sessionId}/activities`;

  const [dragged, setDragged] = useState<number | null>(null);

  function moveTo(from: number, to: number) {
    if (from === to) return;
    const ids = activities.map((a) => a.id);
    const [moved] = ids.splice(from, 1);
    ids.splice(to, 0, moved);
    setError(null);
    void api
      .put(`${base}/order`, { ids })
      .then(() => {
        toast(lt('editor.moved', { title: activities[from].title, position: to + 1 }));
        reload();
      })
      .catch(setError);
  }

  const move = (index: number, by: number) => moveTo(index, index + by);

  function remove(a: ActivityDefinition) {
    if (!window.confirm(lt('editor.confirmDelete', { title: a.title }))) return;
    setError(null);
    void api
      .delete(`${base}/${a.id}`, { headers: { 'If-Match': `"a${a.revision}"` } })
      .then(reload)
      .catch(setError);
  }

  return (
    <section aria-label={lt('editor.label')} className="space-y-2">
      {error ? <ErrorBox error={error} /> : null}
      <ol className="space-y-1">
        {activities.map((a, i) => (
          <li
            key={a.id}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move';
              setDragged(i);
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null) moveTo(dragged, i);
              setDragged(null);
            }}
            onDragEnd={() => setDragged(null)}
            className={`rounded border bg-white p-2 ${dragged === i ? 'opacity-50' : ''}`}
          >
            <div className="flex items-start gap-1">
              <GripVertical aria-hidden className="mt-0.5 size-4 shrink-0 cursor-grab text-slate-500" />
              <p className="min-w-0 flex-1 truncate" title={a.title}>
                {i + 1}. {a.title} <span className="text-sm text-slate-700">({typeText(a.type)})</span>
              </p>
            </div>
            <div className="mt-1 flex flex-wrap gap-1 pl-5">
              <Button size="sm" variant="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={lt('editor.moveUp', { title: a.title })}>
                ↑
              </Button>
              <Button size="sm" variant="secondary" disabled={i === activities.length - 1} onClick={() => move(i, 1)} aria-label={lt('editor.moveDown', { title: a.title })}>
                ↓
              </Button>
              <Button size="sm" variant="secondary" aria-expanded={editing === a.id} onClick={() => setEditing(editing === a.id ? null : a.id)}>
                {lt('editor.edit')}
              </Button>
              <Button size="sm" variant="danger" onClick={() => remove(a)} aria-label={lt('editor.deleteNamed', { title: a.title })}>
                {lt('editor.delete')}
              </Button>
            </div>
            {editing === a.id ? (
              <ActivityForm
                sessionId={sessionId}
                activity={a}
                onSaved={() => {
                  setEditing(null);
                  void reload();
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
