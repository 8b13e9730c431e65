import type {choices as english} from '../en/choices.js';

/** 10.000 */
const n = (count: number): string => count.toLocaleString('it-IT');

const users = (count: number): string => (count === 1 ? '1 utente' : `${n(count)} utenti`);

export const choices: typeof english = {
	title: 'Scegli cosa cambiare',
	soFar: {
		label: 'Finora:',
		state: state => (state === 'on' ? 'messaggi offline ATTIVATI' : 'messaggi offline DISATTIVATI'),
		global: 'tutta l’organizzazione',
		site: site => `sito ${site}`,
		users: 'utenti scelti',
		policy: (policy, mode) => (mode === 'create' ? `nuovo criterio ${policy}` : `criterio esistente ${policy}`),
	},
	state: {
		question: 'I messaggi offline devono essere attivati o disattivati?',
		off: 'Disattivati',
		on: 'Attivati',
		offMeans: 'Disattivati: questi utenti non possono inviare un messaggio istantaneo a chi non è connesso.',
		onMeans:
			'Attivati: questi utenti possono inviare un messaggio istantaneo a chi non è connesso: viene recapitato nella cassetta postale del destinatario (non archiviato lì), che lo vede quando accede. Serve il client Skype for Business 2016 a portata di clic, che deve raggiungere Exchange Web Services.',
	},
	offWay: {
		question: 'Come vuoi disattivare i messaggi offline?',
		serverSwitch: 'Con l’interruttore del server (consigliato)',
		clientPolicy: 'Con il criterio client (come nell’articolo di Microsoft)',
		serverSwitchMeans:
			'L’interruttore del server (Set-CsImConfiguration -EnableOfflineIm $false) raggiunge tutti gli utenti dell’ambito, anche chi ha un criterio per utente, e lascia com’è il salvataggio delle conversazioni in Outlook.',
		clientPolicyMeans:
			'Il criterio client (EnableIMAutoArchiving $false) non raggiunge chi ha un criterio per utente e ferma anche il salvataggio automatico delle conversazioni nella Cronologia conversazioni di Outlook.',
	},
	scope: {
		question: 'A chi si applica?',
		global: 'A tutta l’organizzazione (il criterio Global)',
		site: 'Agli utenti di un sito (il criterio del sito)',
		siteNone: 'Agli utenti di un sito (nessun sito ha un criterio proprio)',
		users: 'Agli utenti che scegli (un criterio per utente)',
		explain:
			'Il criterio per utente prevale: chi ne ha uno mantiene la sua impostazione, qualunque cosa dicano il criterio Global o quello del sito.',
		onlineNoSites: 'I criteri dei siti esistono solo in Skype for Business Server (installazione locale).',
	},
	site: {
		question: 'Quale sito?',
		item: (site, value) => `${site} (messaggi offline ora: ${value})`,
		none: 'Nessun sito ha un criterio client proprio, quindi non c’è un sito da scegliere.',
		noneHint:
			'Premi Esc e scegli un’altra opzione, oppure crea prima in PowerShell un criterio del sito con New-CsClientPolicy -Identity site:NOME.',
	},
	policy: {
		question: 'Quale criterio per utente devono ricevere questi utenti?',
		reuse: (policy, value) => `Riutilizza ${policy} (messaggi offline ora: ${value})`,
		create: 'Crea un nuovo criterio per utente',
		reuseWarning: 'Modificare un criterio esistente cambia i messaggi offline anche per tutti quelli che lo hanno già.',
	},
	policyName: {
		question: 'Dai un nome al nuovo criterio per utente',
		noneYet: 'Non esiste ancora nessun criterio client per utente, quindi ne viene creato uno nuovo.',
		label: 'Nome del criterio',
		help: 'Solo lettere A-Z, cifre, - e _. Premi Invio per confermare.',
	},
	policyExists: {
		question: policy => `Esiste già un criterio per utente di nome ${policy}.`,
		value: value => `Messaggi offline in questo criterio ora: ${value}.`,
		reuse: policy => `Riutilizza ${policy} (cambia anche per chi lo ha già)`,
		rename: 'Scegli un altro nome',
	},
	usersSource: {
		question: 'Quali utenti?',
		keep: (count, last) => `Mantieni ${count === 1 ? 'l’utente scelto' : `i ${users(count)} scelti`} prima (${last})`,
		type: 'Digita i loro nomi',
		file: 'Leggili da un file (CSV, oppure un utente per riga)',
		help: 'Un utente può essere un indirizzo SIP, un nome dell’entità utente (UPN), DOMINIO\\utente o un nome visualizzato.',
	},
	usersTyped: {
		question: 'Digita gli utenti',
		label: 'Utenti',
		help: 'Separa i nomi con virgole o punti e virgola (oppure incolla una colonna di nomi), poi premi Invio. Quando l’elenco è completo, premi Invio su una riga vuota.',
		placeholder: 'tony@contoso.com; Ann O’Brien',
		added: (added, repeated) =>
			`${added === 1 ? 'Aggiunto 1 utente' : `Aggiunti ${n(added)} utenti`}.${
				repeated > 0 ? ` ${repeated === 1 ? '1 era già nell’elenco' : `${n(repeated)} erano già nell’elenco`}.` : ''
			}`,
		nothingNew: repeated => (repeated === 1 ? 'Questo utente è già nell’elenco.' : 'Questi utenti sono già nell’elenco.'),
		removed: removed =>
			removed.length === 1
				? `Tolto ${removed[0]}.`
				: `Tolti ${users(removed.length)}: ${removed.length > 3 ? '…, ' : ''}${removed.slice(-3).join(', ')}.`,
		invalid: (user, reason) => `“${user}”: ${reason}. Nulla aggiunto: correggi, poi Invio.`,
		needOne: 'Digita prima almeno un utente.',
		count: count => (count === 0 ? 'Ancora nessun utente.' : `${users(count)} nell’elenco:`),
		earlier: count => (count === 1 ? 'e 1 prima' : `e altri ${n(count)} prima`),
	},
	usersFile: {
		question: 'Leggi gli utenti da un file',
		label: 'File',
		help: 'Un file CSV con una colonna UserPrincipalName, SipAddress, Identity o User, oppure un file di testo con un utente per riga.',
		needPath: 'Digita il percorso del file.',
		read: (count, file) => `${count === 1 ? 'Letto 1 utente' : `Letti ${n(count)} utenti`} da ${file}.`,
		duplicates: count =>
			`${count === 1 ? 'Escluso 1 nome ripetuto' : `Esclusi ${n(count)} nomi ripetuti`} (ogni utente è tenuto una volta sola).`,
		empty: file => `${file} non contiene utenti.`,
		problems: 'Righe che non è stato possibile leggere:',
		continue: count => `Continua con ${count === 1 ? 'questo utente' : `questi ${n(count)} utenti`}`,
		fixLines: 'Correggi o elimina queste righe (quelle che iniziano con # vengono saltate), poi premi Invio per rileggere il file.',
		another: 'Leggi un altro file',
		couldNotRead: (file, reason) => `Impossibile leggere ${file}: ${reason}`,
	},
	keys: {
		choose: 'sposta',
		add: 'aggiungi (su una riga vuota: fine)',
		removeLast: 'su una riga vuota: togli l’ultimo utente',
		read: 'leggi il file',
		backspace: 'Backspace',
	},
};
