import type {current as english} from '../en/current.js';

export const current: typeof english = {
	title: 'Guarda le impostazioni attuali',
	loading: 'Leggo i criteri client attuali…',
	heading: 'Messaggi offline adesso (EnableIMAutoArchiving):',
	global: 'Intera organizzazione (Global)',
	globalUnread: 'non è stato possibile leggerlo',
	sites: count => `Criteri di sito (${count}):`,
	sitesNone: 'Criteri di sito: nessuno',
	perUser: count => `Criteri per utente (${count}):`,
	perUserNone: 'Criteri per utente: nessuno',
	more: count => (count === 1 ? 'e un altro' : `e altri ${count.toLocaleString('it-IT')}`),
	hidden: count => `${count.toLocaleString('it-IT')} non mostrati: ingrandisci la finestra per vederli`,
	precedence: 'Un criterio per utente vince su sito e Global: chi lo ha ne mantiene il valore.',
	readErrors: 'Alcune impostazioni non sono state lette:',
	failed: 'impossibile leggere le impostazioni attuali',
	failedCommand: 'Il comando non riuscito:',
	retry: 'Premi r per rileggerle, oppure Esc per tornare indietro.',
	keys: {
		choose: 'scegli cosa cambiare',
		readAgain: 'rileggi',
	},
};
