import type {summary as english} from '../en/summary.js';

/** 10.000 */
const n = (count: number): string => count.toLocaleString('it-IT');

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'il criterio Global';
	if (subject.toLowerCase().startsWith('site:')) return `il criterio del sito ${subject.slice(5)}`;
	return `il criterio per utente ${subject.replace(/^tag:/i, '')}`;
}

/** "nel criterio ...": every label starts with the article "il". */
function inPolicy(subject: string): string {
	return `nel${policyLabel(subject).slice('il'.length)}`;
}

function configurationLabel(subject: string): string {
	return subject.toLowerCase().startsWith('site:') ? `la configurazione IM del sito ${subject.slice(5)}` : 'la configurazione IM Global';
}

export const summary: typeof english = {
	title: 'Riepilogo',
	headline: {
		done: 'Tutto fatto: la rilettura dei valori conferma la modifica.',
		partial: 'Fatto per una parte degli utenti; per gli altri non è riuscito (elenco sotto).',
		failed: 'Interrotto da un errore. Ciò che è stato eseguito prima resta in vigore.',
		interrupted: 'Fermato come richiesto, tra una richiesta e l’altra. Ciò che è stato eseguito prima resta in vigore.',
		crashed:
			'PowerShell ha smesso di rispondere. L’ultima richiesta potrebbe essere stata eseguita o no: il registro riporta cosa è stato inviato.',
	},
	headlineLeftOut: 'Fatto per gli utenti trovati; gli altri sono stati esclusi (vedi sotto).',
	sessionFailure: message => `PowerShell: ${message}`,
	changed: 'Cosa è cambiato:',
	nothingChanged: 'Non è cambiato nulla.',
	created: subject => `Creato ${policyLabel(subject)}.`,
	createdAndSet: (subject, state) => `Creato ${policyLabel(subject)}, con i messaggi offline ${state === 'on' ? 'ATTIVATI' : 'DISATTIVATI'}.`,
	set: (subject, state) => `${state === 'on' ? 'ATTIVATI' : 'DISATTIVATI'} i messaggi offline ${inPolicy(subject)}.`,
	serverSwitch: (subject, state, created) =>
		created
			? `Creata ${configurationLabel(subject)}, con l’interruttore del server ${state === 'on' ? 'ATTIVO' : 'DISATTIVATO'}.`
			: `${state === 'on' ? 'ATTIVATO' : 'DISATTIVATO'} l’interruttore del server ${configurationLabel(subject).replace(/^la /, 'nella ')}.`,
	granted: (done, total, policy) =>
		done === total
			? `${total === 1 ? 'Assegnato a 1 utente' : `Assegnato a ${n(total)} utenti`} il criterio ${policy}.`
			: `Assegnato a ${n(done)} utenti su ${n(total)} il criterio ${policy}.`,
	notRun: count => (count === 1 ? '1 comando non è stato eseguito.' : `${n(count)} comandi non sono stati eseguiti.`),
	unknown: count =>
		count === 1
			? '1 comando potrebbe essere stato eseguito o no (PowerShell ha smesso di rispondere).'
			: `${n(count)} comandi potrebbero essere stati eseguiti o no (PowerShell ha smesso di rispondere).`,
	failed: count => `Cosa non è riuscito (${n(count)}):`,
	failure: (subject, message) => `${subject}: ${message}`,
	moreFailures: count => (count === 1 ? 'e ancora 1 (tutti nel registro)' : `e altri ${n(count)} (tutti nel registro)`),
	readBack: {
		all: total =>
			total === 1
				? 'Rilettura: come previsto.'
				: total === 2
					? 'Rilettura: entrambi i valori come previsto.'
					: `Rilettura: tutti i ${n(total)} valori come previsto.`,
		some: (ok, total) => `Rilettura: ${n(ok)} su ${n(total)} come previsto.`,
		explained: 'Gli altri sono gli errori sopra.',
		unexpected: 'Diversi dal previsto:',
		none: 'Rilettura: non eseguita.',
		mismatch: (subject, found) => `${subject}: ${found}`,
		more: count => (count === 1 ? 'e ancora 1' : `e altri ${n(count)}`),
	},
	journal: file => `Registro: ${file}`,
	rollback: file => `Script di ripristino (annulla ciò che è stato eseguito): ${file}`,
	rollbackNothing: file => `Script di ripristino (nulla da annullare): ${file}`,
	tenantFile: file => `Tenant simulato: ${file}`,
	nextLabel: 'Ora gli utenti devono:',
	next: state =>
		state === 'on'
			? 'disconnettersi da Skype for Business e accedere di nuovo, con il client a portata di clic più recente (le installazioni MSI non supportano i messaggi offline).'
			: 'disconnettersi da Skype for Business e accedere di nuovo per ricevere la modifica.',
	keys: {
		quit: 'esci',
	},
};
