import type {execute as english} from '../en/execute.js';

export const execute: typeof english = {
	title: 'Modifica in corso',
	intro: 'Esecuzione dei comandi: il registro annota ognuno con il suo esito.',
	status: {
		pending: 'IN ATTESA',
		running: 'IN CORSO',
		done: 'FATTO',
		failed: 'ERRORE',
		skipped: 'NON ESEGUITO',
		unknown: 'INCERTO',
	},
	grants: policy => `Assegnazione del criterio per utente ${policy}`,
	current: user => `Ora: ${user}`,
	failures: count => (count === 1 ? 'Non riuscito:' : `Non riusciti (gli ultimi di ${count.toLocaleString('it-IT')}):`),
	failure: (user, message) => `${user}: ${message}`,
	verifying: 'Verifica (rilettura)',
	verifyWaiting: 'Rilettura dei valori per confermare la modifica…',
	stopHelp:
		'Premi s per fermare: ci si ferma tra due richieste, quindi nulla resta a metà. Ciò che è stato eseguito resta e lo script di ripristino lo copre.',
	verifyHelp: 'La rilettura non cambia nulla; al termine segue il riepilogo.',
	stopping: 'Arresto dopo la richiesta in corso… Nulla resta a metà. Segue il riepilogo.',
	keys: {
		stop: 'ferma',
		quitNow: 'esci subito (il registro dice cosa è stato eseguito)',
	},
};
