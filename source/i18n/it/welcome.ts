import type {welcome as english} from '../en/welcome.js';

export const welcome: typeof english = {
	title: 'attivare o disattivare i messaggi istantanei offline',
	intro: [
		'Questo strumento attiva o disattiva i messaggi istantanei offline di Skype for Business, un passo alla volta.',
		'Controlla la configurazione di PowerShell, si connette, ti mostra i comandi esatti prima di eseguirli, poi verifica il risultato e lascia un registro e uno script per annullare le modifiche.',
	],
	powershellLabel: 'PowerShell:',
	powershellFound: path => path,
	powershellNotUsed: '(non usato nella prova)',
	powershellMissing: 'non trovato su questo computer.',
	powershellHowTo:
		'Per un’esecuzione reale serve PowerShell: installalo da https://aka.ms/install-powershell, oppure avvia offline-im con --powershell PERCORSO.',
	rehearsalLabel: 'Modalità prova:',
	rehearsalOn: 'attiva. Fai pratica con l’intera procedura su un tenant simulato; non cambia nulla di reale.',
	rehearsalLocked: '(avviata con --simulate)',
	rehearsalOff: 'disattivata. I comandi modificheranno la tua installazione reale; premi S per fare prima pratica.',
	rehearsalOffMissing:
		'disattivata. Premi S per fare pratica con l’intera procedura su un tenant simulato, dove non cambia nulla di reale.',
	languageLabel: 'Lingua:',
	languageName: 'Italiano',
	question: 'Quale Skype for Business gestisci?',
	targets: {
		'server-local': 'Skype for Business Server - gli strumenti di amministrazione su questo computer',
		'server-pool': 'Skype for Business Server - un pool remoto',
		online: 'Skype for Business Online - come nell’articolo di Microsoft (servizio dismesso il 31 luglio 2021)',
	},
	targetHelp: {
		'server-local': 'Sceglilo su un server dove è installato Skype for Business Server Management Shell.',
		'server-pool': 'Si connette in HTTPS al PowerShell del pool; subito dopo scriverai il nome del pool.',
		online: 'Microsoft non gestisce più questo servizio, quindi la connessione non riuscirà: resta per seguire l’articolo.',
	},
	selected: 'selezionato',
	keys: {
		choose: 'scegli',
		otherLanguage: 'English',
		rehearsalOn: 'attiva la prova',
		rehearsalOff: 'disattiva la prova',
	},
};
