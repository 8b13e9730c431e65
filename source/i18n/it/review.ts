import type {review as english} from '../en/review.js';

/** 10.000 */
const n = (count: number): string => count.toLocaleString('it-IT');

const users = (count: number): string => (count === 1 ? '1 utente' : `${n(count)} utenti`);

function policyLabel(subject: string): string {
	if (subject === 'Global') return 'il criterio Global';
	if (subject.toLowerCase().startsWith('site:')) return `il criterio del sito ${subject.slice(5)}`;
	return `il criterio per utente ${subject.replace(/^tag:/i, '')}`;
}

export const review: typeof english = {
	title: 'Controlla ed esegui',
	reading: 'Lettura dei valori attuali e preparazione dei comandi…',
	readingNote: 'Non è ancora cambiato nulla.',
	failedTitle: 'La lettura dei valori attuali non è riuscita, quindi non è stato possibile preparare i comandi',
	headline: {
		global: state => `${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per tutta l’organizzazione (criterio Global).`,
		site: (state, site) => `${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per il sito ${site} (il suo criterio di sito).`,
		users: (state, count, policy, origin) =>
			`${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per ${users(count)} con il criterio per utente ${policy} (${
				origin === 'new' ? 'nuovo' : origin === 'existing' ? 'esistente' : 'creato se manca'
			}).`,
	},
	views: {
		label: 'Mostra:',
		warnings: count => `Avvisi (${n(count)})`,
		commands: count => `Comandi (${n(count)})`,
		undo: 'Annullamento',
	},
	shown: 'mostrato',
	noWarnings: 'Nessun avviso.',
	blocking: 'NON ESEGUIBILE',
	warningsAbove: count => (count === 1 ? '1 avviso sopra' : `altri ${n(count)} avvisi sopra`),
	warningsBelow: count => (count === 1 ? '1 avviso sotto' : `altri ${n(count)} avvisi sotto`),
	undo: {
		intro: 'Durante l’esecuzione offline-im scrive uno script di ripristino per i soli comandi eseguiti. Eseguirlo li annulla:',
		policy: (subject, from) =>
			from === undefined
				? `Riporta ${policyLabel(subject)} al valore che aveva prima della modifica`
				: `Riporta ${policyLabel(subject)} a: ${from}`,
		created: (policy, conditional) =>
			conditional
				? `Rimuovi il criterio per utente ${policy}, se lo ha creato questa esecuzione`
				: `Rimuovi il criterio per utente ${policy}, che questa esecuzione crea`,
		grants: count =>
			count === 1
				? 'Restituisci a 1 utente il criterio per utente che aveva prima (o nessuno)'
				: `Restituisci a ${users(count)} il criterio per utente che avevano prima (o nessuno)`,
		nothing: 'Questo piano non cambia nulla, quindi non c’è nulla da annullare.',
		where: 'Il percorso viene mostrato alla fine. Uno script salvato ha accanto il suo script di ripristino (.rollback.ps1).',
	},
	onError: {
		label: 'Se un utente non riesce:',
		stop: 'fermati al primo errore',
		go: 'continua con gli altri ed elencali alla fine',
	},
	nextStep: 'Non è stato ancora eseguito nulla. Premi r per eseguire ora i comandi, oppure s per salvarli in uno script da eseguire più tardi.',
	confirm: count =>
		`Eseguire ora? ${count === 1 ? '1 comando modifica' : `${n(count)} comandi modificano`} il tuo tenant. Premi Invio per eseguire, Esc per annullare.`,
	refused:
		'Questo piano così com’è non può essere eseguito (vedi NON ESEGUIBILE). Premi Esc per tornare indietro e cambiare le scelte. Puoi comunque salvare lo script.',
	save: {
		label: 'Salva come',
		help: 'Lo script di ripristino viene salvato accanto, con il nome che termina in .rollback.ps1. Invio salva, Esc annulla.',
		needPath: 'digita un nome di file, per esempio offline-im.ps1',
		failed: message => `salvataggio non riuscito: ${message}`,
	},
	saved: {
		script: file => `Script salvato: ${file}`,
		rollback: file => `Script di ripristino: ${file}`,
		next: 'Non è stato eseguito nulla. Premi q per uscire ora, oppure r per eseguire qui i comandi.',
	},
	keys: {
		run: 'esegui',
		save: 'salva come .ps1',
		views: 'avvisi / comandi / annullamento',
		onError: 'in caso di errore',
		confirm: 'esegui ora',
		cancel: 'annulla',
		saveNow: 'salva',
		quit: 'esci senza eseguire',
	},
};
