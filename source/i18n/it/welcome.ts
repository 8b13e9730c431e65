import type {welcome as english} from '../en/welcome.js';

export const welcome: typeof english = {
	title: 'attivare o disattivare i messaggi istantanei offline',
	intro: [
		'offline-im attiva o disattiva i messaggi offline di Skype for Business.',
		'Controlla PowerShell e si connette, mostra ogni comando prima di eseguirlo, poi verifica il risultato e lascia un registro e uno script di ripristino.',
	],
	powershellLabel: 'PowerShell:',
	powershellMissing: 'non trovato; serve per l’uso reale: https://aka.ms/install-powershell',
	rehearsalLabel: 'Modalità di prova:',
	rehearsalOn: 'attiva – provi l’intera procedura su un tenant simulato.',
	rehearsalLocked: '(avviata con --simulate)',
	rehearsalOff: 'disattivata – le modifiche sono reali (premi S per fare prima una prova).',
	rehearsalOffMissing: 'disattivata. Premi S per fare una prova dell’intera procedura su un tenant simulato, dove non cambia nulla di reale.',
	languageLabel: 'Lingua:',
	languageName: 'Italiano',
	languageSwitch: '(L: English)',
	question: 'Quale Skype for Business gestisci?',
	targets: {
		'server-local': 'Skype for Business Server - strumenti di amministrazione su questo computer',
		'server-pool': 'Skype for Business Server - un pool remoto',
		online: 'Skype for Business Online (dismesso il 31 luglio 2021)',
	},
	targetHelp: {
		'server-local': 'Per un server con Skype for Business Server Management Shell installato.',
		'server-pool': 'Si connette in HTTPS al tuo pool; ne scriverai il nome al passo 2.',
		online: 'Segue l’articolo di Microsoft: con un tenant reale non si connette.',
	},
	keys: {
		choose: 'sposta',
		otherLanguage: 'English',
		rehearsalOn: 'attiva la prova',
		rehearsalOff: 'disattiva la prova',
	},
};
