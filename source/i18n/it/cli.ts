import type {cli as english} from '../en/cli.js';

export const cli: typeof english = {
	missing: flag => `manca ${flag}`,
	missingHint: flag =>
		flag === '--state'
			? 'Aggiungi --state on oppure --state off.'
			: 'Aggiungi --scope global, --scope site --site NOME, oppure --scope users --users NOME,NOME.',

	onlyFor: (flag, where) => `${flag} vale solo con ${where}`,
	onlyForHint: (flag, where) => `Togli ${flag}, oppure usa ${where}.`,

	usersNeeded: '--scope users richiede --users oppure --users-file',
	usersNeededHint:
		'Per esempio: --users "Mario Rossi,sip:anna@contoso.com", oppure --users-file utenti.csv (un’identità per riga, o un CSV con una colonna UserPrincipalName).',
	siteNeeded: '--scope site richiede --site NOME',
	siteNeededHint: 'Indica il nome del sito come lo mostra Get-CsSite, per esempio --site Milano.',
	siteOnline: '--scope site vale solo con --target server: Skype for Business Online non ha criteri di sito',
	siteOnlineHint: 'Usa --scope global oppure --scope users.',
	signInNeedsSession: '--sign-in-user richiede una sessione remota: aggiungi --pool FQDN, oppure usa --target online',
	signInNeedsSessionHint: 'Su questo computer il modulo SkypeForBusiness usa il tuo account Windows, senza accesso.',

	invalid: (flag, shown, reason) => `${flag} ${shown}: ${reason}`,
	invalidUser: (position, shown, reason) => `--users: voce ${position} ${shown}: ${reason}`,
	invalidUserHint: 'Separa le identità con virgole; un nome che contiene una virgola può andare in un --users-file, uno per riga.',
	noUsersListed: '--users non elenca nessun utente',
	tooManyUsers: reason => `troppi utenti: ${reason}`,

	usersFileMissing: file => `--users-file ${file}: il file non esiste`,
	usersFileMissingHint: cwd => `Controlla il percorso; un percorso relativo parte da ${cwd}.`,
	usersFileFolder: file => `--users-file ${file}: è una cartella, non un file`,
	usersFileUnreadable: (file, reason) => `--users-file ${file}: impossibile leggere il file (${reason})`,
	usersFileTooBig: (file, megabytes) => `--users-file ${file}: il file è di ${megabytes} MB, troppo grande per un elenco di utenti`,
	usersFileNoUsers: file => `--users-file ${file}: il file non contiene nessun utente`,
	usersFileNoUsersHint:
		'Metti un’identità per riga, oppure usa un CSV la cui intestazione abbia una colonna UserPrincipalName, SipAddress, Identity o User.',
	usersFileBadLines: (file, count) =>
		`--users-file ${file}: ${count === 1 ? '1 riga non è utilizzabile' : `${count} righe non sono utilizzabili`}`,
	usersFileLine: (file, line, reason) => `--users-file ${file}: riga ${line}: ${reason}`,
	usersFileMoreLines: count => `... e ${count === 1 ? 'un’altra riga' : `altre ${count} righe`}`,
	usersFileBadLinesHint:
		'Correggi o togli queste righe (le righe che iniziano con # vengono ignorate), poi esegui di nuovo il comando. Non è stato scritto nulla.',
	duplicatesDropped: (source, count) =>
		`${source}: ${count === 1 ? '1 utente ripetuto è stato escluso' : `${count} utenti ripetuti sono stati esclusi`} (i nomi sono confrontati senza distinguere maiuscole e minuscole)`,
	windows1252: file =>
		`${file} non è in UTF-8: è stato letto come Windows-1252 (Europa occidentale). Se i nomi appaiono sbagliati, salvalo in UTF-8.`,

	withFlag: (flag, message) => `${flag} ${message}`,
	scriptUnwritable: (file, reason) => `${file}: impossibile scrivere il file (${reason})`,
	scriptUnwritableHint: 'Controlla che la cartella esista e che tu possa scriverci.',
	scriptFolder: file => `${file} è una cartella: lo script ha bisogno di un nome di file`,
	scriptFolderHint: example =>
		`Indica un nome di file, per esempio ${example}; il ripristino viene scritto accanto (offline-im.rollback.ps1).`,
	wrote: (script, rollback) =>
		`Script scritto in ${script}\ne il suo ripristino in ${rollback}.\nNon è stato eseguito nulla: rivedi lo script, poi eseguilo in PowerShell.`,
	rollbackNeedsInput: 'Lo script di ripristino ha dei valori da compilare prima dell’uso: vedi la sua intestazione.',
	timeoutRange: 'un numero di secondi maggiore di 0 (per esempio 300 per un pool lento)',
	wizardNeedsTerminal: [
		'La procedura guidata richiede un terminale interattivo, e questo non lo è. Senza terminale usa:',
		'  offline-im doctor                                          controlla i prerequisiti',
		'  offline-im plan --state off --scope users --policy OfflineIM --users-file utenti.csv',
		'                                                             stampa lo script; non esegue nulla',
		'  offline-im apply --state off --scope users --policy OfflineIM --users-file utenti.csv --yes',
		'                                                             lo esegue senza domande',
		'Aggiungi --simulate per provare su un tenant simulato. offline-im --help elenca tutte le opzioni.',
	].join('\n'),
};
