import { useEffect, useState } from 'react';
import { Button } from '../../shared/ui';

/** A drop zone / file picker for the receipt of a new expense, with an image preview. */
export function ReceiptPicker({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  const [over, setOver] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => {
    if (!file || !file.type.startsWith('image/')) {
      setPreview(null);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return (
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const dropped = e.dataTransfer.files[0];
        if (dropped) onChange(dropped);
      }}
      className={`rounded-md border-2 border-dashed p-3 ${over ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300'}`}
    >
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Receipt (optional; drop a file here or choose one)</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          className="block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-indigo-50 file:px-4 file:text-indigo-700"
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </label>
      {file ? (
        <div className="mt-2 flex items-center gap-2 text-sm">
          {preview ? <img src={preview} alt="Receipt preview" className="h-20 rounded border border-slate-200" /> : null}
          <span className="truncate">{file.name}</span>
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            Remove
          </Button>
        </div>
      ) : null}
    </div>
  );
}
