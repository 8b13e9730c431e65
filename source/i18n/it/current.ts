import type {current as english} from '../en/current.js';

export const current: typeof english = {
	title: 'Guarda le impostazioni attuali',
	loading: 'Leggo i criteri client attuali…',
	heading: 'Messaggi offline adesso (EnableIMAutoArchiving):',
	global: 'Organizzazione (Global)',
	globalUnread: 'non è stato possibile leggerlo',
	sites: count => `Criteri dei siti (${count}):`,
	sitesNone: 'Criteri dei siti: nessuno',
	perUser: count => `Criteri per utente (${count}):`,
	perUserNone: 'Criteri per utente: nessuno',
	above: count => (count === 1 ? '1 riga sopra (Su per vederla)' : `altre ${count.toLocaleString('it-IT')} righe sopra (Su per vederle)`),
	below: count => (count === 1 ? '1 riga sotto (Giù per vederla)' : `altre ${count.toLocaleString('it-IT')} righe sotto (Giù per vederle)`),
	precedence: 'Un criterio per utente prevale sul criterio del sito e su Global: chi lo ha ne mantiene il valore.',
	readErrors: 'Alcune impostazioni non sono state lette:',
	failed: 'impossibile leggere le impostazioni attuali',
	retry: 'Premi r per rileggerle, oppure Esc per tornare indietro.',
	keys: {
		choose: 'scegli cosa cambiare',
		readAgain: 'rileggi',
	},
};
