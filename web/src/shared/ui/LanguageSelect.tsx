import { setLocale, useLocale } from '../i18n';
import { cx } from './cx';
import { Select } from './Input';

/** English / 中文, stored per browser; every page that reads `useLocale` re-renders in the chosen language. */
export function LanguageSelect({ label, className }: { label: string; className?: string }) {
  const locale = useLocale();
  return (
    <label className={cx('flex items-center gap-2 text-sm text-slate-700', className)}>
      {label}
      <Select value={locale} onChange={(e) => setLocale(e.target.value === 'zh' ? 'zh' : 'en')} className="w-auto">
        <option value="en">English</option>
        <option value="zh" lang="zh-CN">中文</option>
      </Select>
    </label>
  );
}
