export const languages = ['en', 'it'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: string): value is Language {
	return (languages as readonly string[]).includes(value);
}

/**
 * The language for people: `--lang` first, then the POSIX locale variables in their order of
 * precedence, then the runtime's locale; English when none of them is Italian.
 */
export function detectLanguage(
	requested: string | undefined,
	env: NodeJS.ProcessEnv = process.env,
	runtimeLocale?: string,
): Language {
	if (requested && isLanguage(requested)) return requested;
	// Asked only when needed: the first Intl.DateTimeFormat costs about 4 ms of the wizard's start.
	const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || (runtimeLocale ?? Intl.DateTimeFormat().resolvedOptions().locale);
	return locale.toLowerCase().startsWith('it') ? 'it' : 'en';
}
