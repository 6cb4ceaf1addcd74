/**
 * The shell's message catalogue in English, and in Chinese for the shared chrome; a key a catalogue lacks falls
 * back to English.
 *
 * Apps can build their own catalogue with `createTranslator` so their strings live next to their code.
 */
import { useSyncExternalStore } from 'react';

export type Locale = 'en' | 'zh';

const en = {
  'app.title': 'Quartet',
  'app.tagline': 'Four small apps on one platform.',
  'app.shop.name': 'AWSomeShop',
  'app.meals.name': 'Meal Expense Tracker',
  'app.live.name': 'Caja Live',
  'app.parks.name': 'Theme Park Hall of Shame',
  'app.placeholder': 'This app is being built.',
  'app.placeholder.detail': 'Its pages will appear here soon.',
  'app.open': 'Open {name}',

  'nav.main': 'Main',
  'nav.home': 'Home',
  'nav.account': 'Account',
  'nav.admin': 'Users & roles',
  'nav.signIn': 'Sign in',
  'nav.register': 'Register',
  'nav.signOut': 'Sign out',
  'nav.menu': 'Menu',
  'nav.skip': 'Skip to content',
  'nav.signedInAs': 'Signed in as',

  'common.loading': 'Loading…',
  'common.error': 'Something went wrong.',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.close': 'Close',
  'common.notifications': 'Notifications',
  'common.network': 'Cannot reach the server. Check your connection and try again.',
  'common.never': 'Never',

  'home.welcome': 'Welcome. Sign in to use the apps, or create an account.',
  'home.apps': 'Apps',
  'home.noApps': 'No apps are enabled on this server.',
  'home.signInCta': 'Sign in',
  'home.registerCta': 'Create an account',

  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.displayName': 'Display name',
  'auth.displayName.hint': 'Optional. Shown to other people instead of your email.',
  'auth.rememberMe': 'Keep me signed in',
  'auth.passwordPolicy': 'At least 8 characters, with letters and digits.',
  'auth.required': 'Required.',
  'auth.emailInvalid': 'Enter a valid email address.',
  'auth.forbiddenTitle': 'Not allowed',
  'auth.forbidden': 'You need the {role} role to see this page.',
  'auth.passwordWeak': 'Use at least 8 characters, with letters and digits.',

  'signin.title': 'Sign in',
  'signin.submit': 'Sign in',
  'signin.noAccount': 'No account yet?',
  'signin.registerLink': 'Create one',
  'signin.invalid': 'Email or password is incorrect.',
  'signin.locked': 'This account is locked. Try again later.',
  'signin.rateLimited': 'Too many attempts. Wait a moment and try again.',
  'signin.rateLimitedSeconds': 'Too many attempts. Try again in {seconds} seconds.',
  'signin.external': 'Sign in with {name}',
  'signin.externalFailed': 'Signing in with {name} did not work. Try again.',
  'signin.or': 'or with your Quartet password',

  'register.title': 'Create account',
  'register.submit': 'Create account',
  'register.haveAccount': 'Already have an account?',
  'register.signInLink': 'Sign in',
  'register.emailTaken': 'An account with this email already exists.',
  'register.fixErrors': 'Please fix the highlighted fields.',

  'account.title': 'Account',
  'account.profile': 'Profile',
  'account.roles': 'Roles',
  'account.noRoles': 'None',
  'account.changePassword': 'Change password',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password',
  'account.savePassword': 'Change password',
  'account.passwordChanged': 'Your password has been changed.',
  'account.samePassword': 'The new password must differ from the current one.',

  'admin.title': 'Users & roles',
  'admin.search': 'Search users',
  'admin.searchPlaceholder': 'Email or name',
  'admin.searchSubmit': 'Search',
  'admin.col.user': 'User',
  'admin.col.roles': 'Roles',
  'admin.col.status': 'Status',
  'admin.col.created': 'Created',
  'admin.col.lastLogin': 'Last sign-in',
  'admin.col.actions': 'Actions',
  'admin.active': 'Active',
  'admin.inactive': 'Deactivated',
  'admin.grantRole': 'Role to grant to {email}',
  'admin.grant': 'Grant',
  'admin.chooseRole': 'Choose a role',
  'admin.revokeRole': 'Remove role {role} from {email}',
  'admin.deactivate': 'Deactivate',
  'admin.deactivateTitle': 'Deactivate {email}?',
  'admin.deactivated': '{email} has been deactivated.',
  'admin.deactivateBody': 'They will be signed out and can no longer sign in.',
  'admin.noUsers': 'No users match.',
  'admin.page': 'Page {page} of {pages} · {total} users',
  'admin.pagination': 'Pagination',
  'admin.prev': 'Previous page',
  'admin.next': 'Next page',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'notFound.home': 'Go to the home page',

  'join.title': 'Join a live session',
  'join.code': 'Session code: {code}',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue<K extends string> = Record<K, string>;

/** The chrome every app shares (header, menu, errors, not found); the account pages are English only for now. */
const zh: Partial<Catalogue<MessageKey>> = {
  'app.tagline': '一个平台上的四个小应用。',
  'app.shop.name': 'AWSomeShop 积分商城',
  'app.meals.name': '餐费记账',
  'app.live.name': 'Caja Live 现场互动',
  'app.parks.name': '主题乐园停运榜',
  'app.placeholder': '该应用正在建设中。',
  'app.placeholder.detail': '页面即将上线。',
  'app.open': '打开 {name}',
  'nav.main': '主导航',
  'nav.home': '首页',
  'nav.account': '账户',
  'nav.admin': '用户与角色',
  'nav.signIn': '登录',
  'nav.register': '注册',
  'nav.signOut': '退出登录',
  'nav.menu': '菜单',
  'nav.skip': '跳到正文',
  'nav.signedInAs': '当前登录',
  'common.loading': '加载中…',
  'common.error': '出错了。',
  'common.retry': '重试',
  'common.cancel': '取消',
  'common.confirm': '确认',
  'common.close': '关闭',
  'common.notifications': '通知',
  'common.network': '无法连接服务器，请检查网络后重试。',
  'common.never': '从未',
  'auth.required': '必填。',
  'auth.forbiddenTitle': '无权访问',
  'auth.forbidden': '需要 {role} 角色才能查看此页面。',
  'notFound.title': '页面不存在',
  'notFound.body': '这个地址没有内容。',
  'notFound.home': '返回首页',
  'join.title': '加入互动场次',
  'join.code': '场次代码：{code}',
};

const shell: Record<Locale, Partial<Catalogue<MessageKey>>> = { en, zh };

const STORAGE_KEY = 'quartet.locale';

export function getLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    /* storage unavailable */
  }
  return 'en';
}

const localeListeners = new Set<() => void>();

export function setLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* storage unavailable */
  }
  applyLocale(locale);
  localeListeners.forEach((listener) => listener());
}

function subscribeToLocale(listener: () => void): () => void {
  localeListeners.add(listener);
  return () => localeListeners.delete(listener);
}

/** The chosen locale; the component re-renders when `setLocale` changes it. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeToLocale, getLocale, () => 'en');
}

/**
 * Marks the page's language (browsers pick CJK fonts and line breaking by it) and, for Chinese, loads Noto Sans SC:
 * split by unicode range, only the pieces a page shows are fetched, and systems without a CJK font show text, not boxes.
 */
export function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  if (locale === 'zh') void import('@fontsource-variable/noto-sans-sc');
}

const pluralPattern = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Fills `{name}` and the ICU plural form `{name, plural, one {# point} other {# points}}` (`#` is the value as passed,
 * which may be already formatted, e.g. "1,200").
 */
export function format(template: string, vars?: Record<string, string | number>, locale: Locale = 'en'): string {
  if (!vars) return template;
  const rules = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en-US');
  return template
    .replace(pluralPattern, (m, name: string, one: string, other: string) => {
      if (!(name in vars)) return m;
      const shown = String(vars[name]);
      const form = rules.select(Number(shown.replace(/[^\d.-]/g, ''))) === 'one' ? one : other;
      return form.replaceAll('#', shown);
    })
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Build a `t` function over a catalogue: English is required, other locales may be partial. */
export function createTranslator<K extends string>(catalogues: {
  en: Catalogue<K>;
  zh?: Partial<Catalogue<K>>;
}) {
  return (key: K, vars?: Record<string, string | number>): string => {
    const locale = getLocale();
    const text = catalogues[locale]?.[key] ?? catalogues.en[key] ?? key;
    return format(text, vars, locale);
  };
}

/** Translate a shell message. */
export const t = createTranslator<MessageKey>(shell as { en: Catalogue<MessageKey> });
