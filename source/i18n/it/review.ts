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
		global: (state, via = 'policy') =>
			`${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per tutta l’organizzazione (${via === 'policy' ? 'criterio Global' : 'interruttore del server'}).`,
		site: (state, site, via = 'policy') =>
			`${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per il sito ${site} (${via === 'policy' ? 'il criterio del sito' : 'il suo interruttore del server'}).`,
		users: (state, count, policy, origin) =>
			`${state === 'on' ? 'ATTIVA' : 'DISATTIVA'} i messaggi offline per ${users(count)} con il criterio per utente ${policy} (${
				origin === 'new' ? 'nuovo' : origin === 'existing' ? 'esistente' : 'creato se manca'
			}).`,
	},
	views: {
		label: 'Mostra:',
		warnings: count => `Avvisi (${n(count)})`,
		commands: count => `Comandi (${n(count)})`,
		undo: 'Ripristino',
	},
	shown: 'mostrato',
	noWarnings: 'Nessun avviso.',
	blocking: 'NON ESEGUIBILE',
	leftOut: count => `${count === 1 ? '1 utente non riceverà' : `${n(count)} utenti non riceveranno`} il criterio: vedi Avvisi.`,
	undo: {
		intro: 'Durante l’esecuzione offline-im scrive uno script di ripristino per i soli comandi eseguiti. Eseguirlo li annulla:',
		policy: (subject, from) =>
			from === undefined
				? `Riporta ${policyLabel(subject)} al valore che aveva prima della modifica`
				: `Riporta ${policyLabel(subject)} a: ${from}`,
		created: (policy, conditional) =>
			conditional
				? `Rimuove il criterio per utente ${policy}, se lo ha creato questa esecuzione`
				: `Rimuove il criterio per utente ${policy}, che questa esecuzione crea`,
		grants: count =>
			count === 1
				? 'Riassegna a 1 utente il criterio per utente che aveva prima (o nessuno)'
				: `Riassegna a ${users(count)} il criterio per utente che avevano prima (o nessuno)`,
		serverSwitch: (subject, from, created) => {
			const label = subject.toLowerCase().startsWith('site:') ? `la configurazione IM del sito ${subject.slice(5)}` : 'la configurazione IM Global';
			const inLabel = label.replace(/^la /, 'nella ');
			if (created === 'yes') return `Rimuove ${label}, che questa esecuzione crea (il sito torna a seguire Global)`;
			if (created === 'if-missing') return `Rimuove ${label} se l’ha creata questa esecuzione, altrimenti ne riporta l’interruttore del server al valore di prima`;
			return from === undefined
				? `Riporta l’interruttore del server ${inLabel} al valore che aveva prima della modifica`
				: `Riporta l’interruttore del server ${inLabel} a: ${from}`;
		},
		nothing: 'Questo piano non cambia nulla, quindi non c’è nulla da annullare.',
		where: 'Il percorso viene mostrato alla fine. Uno script salvato ha accanto il suo script di ripristino (.rollback.ps1).',
	},
	onError: {
		label: 'Se un’assegnazione non riesce:',
		stop: 'fermarsi al primo errore',
		go: 'continuare con gli altri ed elencare gli errori alla fine',
		change: '(e per cambiare)',
	},
	nextStep: 'Non è stato eseguito ancora nulla: r esegue i comandi, s li salva in uno script per dopo.',
	confirm: (count, rehearsal) =>
		`Eseguire ora? ${count === 1 ? '1 comando modifica' : `${n(count)} comandi modificano`} il tuo tenant${rehearsal ? ' simulato' : ''}. Premi Invio per eseguire, Esc per annullare.`,
	refused:
		'Questo piano così com’è non può essere eseguito (vedi NON ESEGUIBILE). Premi Esc per tornare indietro e cambiare le scelte. Puoi comunque salvare lo script.',
	save: {
		label: 'Salva come',
		help: 'Lo script di ripristino viene salvato accanto, con il nome che termina in .rollback.ps1. Invio salva, Esc annulla.',
		needPath: 'digita un nome di file, per esempio offline-im.ps1',
		failed: message => `Salvataggio non riuscito: ${message}`,
		exists: file => `${file} esiste già: Invio per sostituirlo, Esc per scegliere un altro nome.`,
	},
	saved: {
		script: file => `Script salvato: ${file}`,
		rollback: file => `Script di ripristino: ${file}`,
		next: 'Non è stato eseguito nulla. Premi q per uscire ora, oppure r per eseguire qui i comandi.',
	},
	keys: {
		run: 'esegui',
		save: 'salva come .ps1',
		views: 'vista successiva',
		onError: 'se un’assegnazione non riesce: fermarsi / continuare',
		confirm: 'esegui ora',
		cancel: 'annulla',
		saveNow: 'salva',
		replace: 'sostituisci',
		otherName: 'un altro nome',
		quit: 'esci senza eseguire',
	},
};
