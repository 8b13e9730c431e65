import type {ui as english} from '../en/ui.js';

/** 10.000 (in italiano le migliaia si separano da 10.000 in su) */
const n = (count: number): string => count.toLocaleString('it-IT');

/** The last part of a path, Windows or POSIX. */
const fileName = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

/** Names that keep their capital after a colon. */
const properNames = new Set(['Microsoft', 'Windows', 'Skype', 'Lync', 'Teams', 'Outlook', 'Global', 'Office']);

/**
 * A sentence as it continues after a colon: its first letter in lower case, unless the first word
 * is a name (Microsoft, PowerShell, Get-Host: a listed name or a word with a second capital).
 */
function lowerFirst(text: string): string {
	const word = /^[^\s,.:;]+/.exec(text)?.[0] ?? '';
	if (word === '' || properNames.has(word) || /\p{Lu}/u.test(word.slice(1))) return text;
	return text.charAt(0).toLocaleLowerCase('it-IT') + text.slice(1);
}

export const ui: typeof english = {
	status: {
		pass: 'OK',
		fail: 'ERRORE',
		warn: 'AVVISO',
		info: 'INFO',
		running: 'IN CORSO',
		pending: 'IN ATTESA',
	},
	stepHeader: (step, total, title) => `Passo ${step} di ${total} - ${title}`,
	keys: {
		enter: 'Invio',
		escape: 'Esc',
		ctrlC: 'Ctrl+C',
		tab: 'Tab',
		upDown: 'Su/Giù',
		pageUpDown: 'PagSu/PagGiù',
	},
	actions: {
		continue: 'continua',
		back: 'indietro',
		quit: 'esci',
		select: 'scegli',
		scroll: 'scorri',
	},
	selectList: {
		/** Screen-reader mode: said after the highlighted item. */
		selected: 'selezionato',
		more: hidden => (hidden === 1 ? 'ancora 1: Su/Giù per scorrere' : `altri ${n(hidden)}: Su/Giù per scorrere`),
	},
	keyHints: {
		label: 'Tasti',
	},
	checkList: {
		label: 'Controlli',
		why: 'Motivo:',
		fix: 'Rimedio:',
		fixCommand: 'Esegui in PowerShell:',
		fixLink: 'Vedi:',
		// Dopo i due punti si continua in minuscolo, tranne i nomi propri.
		sentence: lowerFirst,
		summary: ({total, pass, fail, warn, info}) =>
			[
				`${total} ${total === 1 ? 'controllo' : 'controlli'}`,
				[
					`${pass} ${pass === 1 ? 'superato' : 'superati'}`,
					fail > 0 ? `${fail} non ${fail === 1 ? 'superato' : 'superati'}` : '',
					warn > 0 ? `${warn} con un avviso` : '',
					info > 0 ? `${info} informativ${info === 1 ? 'o' : 'i'}` : '',
				]
					.filter(Boolean)
					.join(', '),
			].join(': '),
	},
	commandPreview: {
		phase: {
			connect: 'Connessione',
			read: 'Lettura dei valori attuali',
			change: 'Modifica',
			verify: 'Verifica (rilettura)',
		},
		folded: (count, cmdlet) =>
			cmdlet === 'Grant-CsClientPolicy'
				? count === 1
					? 'ancora 1 assegnazione'
					: `altre ${n(count)} assegnazioni`
				: count === 1
					? `ancora 1 comando ${cmdlet}`
					: `altri ${n(count)} comandi ${cmdlet}`,
		above: lines => (lines === 1 ? '1 riga sopra' : `altre ${n(lines)} righe sopra`),
		below: lines => (lines === 1 ? '1 riga sotto' : `altre ${n(lines)} righe sotto`),
	},
	progress: {
		label: 'Avanzamento',
		counts: (done, total) => `${n(done)} di ${n(total)}`,
		percent: percent => `${percent}%`,
		elapsed: clock => `tempo trascorso ${clock}`,
		failed: count => (count === 1 ? '1 non riuscito' : `${n(count)} non riusciti`),
	},
	notice: {
		more: count => (count === 1 ? 'e ancora 1' : `e altri ${n(count)}`),
	},
	errorPanel: {
		heading: 'ERRORE',
		said: 'Messaggio di PowerShell:',
		fix: 'Cosa fare:',
		command: 'Esegui in PowerShell:',
		failedCommand: 'Il comando che non è riuscito:',
	},
	textField: {
		hidden: typed =>
			typed === 0 ? 'nascosto, vuoto' : typed === 1 ? 'nascosto, 1 carattere digitato' : `nascosto, ${typed} caratteri digitati`,
		invalid: 'Non valido:',
		example: example => `ad esempio: ${example}`,
	},
	settings: {
		reset: (file, brokenCopy) =>
			`Impostazioni riportate ai valori predefiniti: non è stato possibile leggere ${file}. Il file danneggiato è stato conservato accanto come ${fileName(brokenCopy)}.`,
		unreadable: (file, detail) =>
			`Non è stato possibile leggere né riparare il file delle impostazioni ${file} (${detail}): in questa sessione le scelte non verranno ricordate.`,
	},
};
