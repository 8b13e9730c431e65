import type {commands as english} from '../en/commands.js';

const n = (count: number): string => count.toLocaleString('it-IT');

export const commands: typeof english = {
	target: {
		serverLocal: 'Skype for Business Server, modulo di amministrazione su questo computer',
		serverPool: pool => `Skype for Business Server, pool remoto ${pool}`,
		online: 'Skype for Business Online (dismesso il 31/07/2021)',
	},
	why: 'Perché:',
	fix: 'Rimedio:',
	timeoutRange: 'un numero di secondi da 1 a 86400 (per esempio 300 per un pool lento)',
	journalFlag: {
		folderMissing: (file, folder) => `--journal ${file}: la cartella ${folder} non esiste`,
		exists: file => `--journal ${file}: il file esiste già`,
		hint: 'Indica un file nuovo in una cartella esistente: ogni esecuzione ha il proprio registro e il proprio script di ripristino.',
	},
	wizardExit: {
		nothingChanged: 'offline-im: fermato su tua richiesta. Nel tenant non è stato cambiato nulla.',
		duringRun: (journal, rollback) =>
			`offline-im: fermato su tua richiesta durante l’esecuzione. Il registro riporta cosa è stato eseguito: ${journal}\nScript di ripristino: ${rollback}`,
		afterRun: journal => `offline-im: il registro di questa esecuzione è ${journal}`,
		internalTitle: 'offline-im si è fermato per un errore interno',
		internalFix: 'Premi q per uscire, poi segnala questo testo. Il registro (nella cartella di configurazione) riporta ogni comando eseguito.',
	},
	sessionFailure: failure => {
		switch (failure.kind) {
			case 'not-started':
				return `Impossibile avviare PowerShell: ${failure.message}`;
			case 'exited':
				return failure.signal ? `PowerShell è stato fermato (${failure.signal}).` : `PowerShell si è chiuso inaspettatamente (codice di uscita ${failure.exitCode ?? 'sconosciuto'}).`;
			case 'timeout':
				return `PowerShell non ha risposto per ${Math.round(failure.timeoutMs / 1000)} s ed è stato fermato.`;
			case 'too-old':
				return `PowerShell ${failure.engineVersion} è precedente alla 3.0.`;
			case 'constrained':
				return `PowerShell è in modalità ${failure.languageMode} (AppLocker o Windows Defender Application Control), nella quale offline-im non può lavorare.`;
			case 'setup-failed':
				return `PowerShell è partito, ma non è stato possibile definire il sostituto simulato del modulo Skype for Business per la prova: ${failure.error}`;
			case 'unreadable':
				return `Impossibile leggere la risposta di PowerShell (${failure.detail}).`;
			case 'stopped':
				return 'La sessione di PowerShell è stata chiusa.';
		}
	},
	doctor: {
		heading: target => `offline-im doctor - ${target}`,
		allPassed: 'Tutti i controlli sono superati.',
		failed: count =>
			`${count === 1 ? '1 controllo non superato' : `${n(count)} controlli non superati`}. Risolvi, poi esegui di nuovo offline-im doctor.`,
	},
	apply: {
		needsYes: 'apply esegue comandi che modificano il tenant e richiede la tua conferma.',
		needsYesHint: 'Aggiungi --yes per eseguire senza domande, oppure usa offline-im plan per vedere prima lo script.',
		confirm: count => `${count === 1 ? 'Eseguire questo comando?' : `Eseguire questi ${n(count)} comandi?`} Scrivi sì per continuare: `,
		notConfirmed: 'Non è stato eseguito nulla.',
		passwordNeeded: user => `Serve una password per accedere come ${user}.`,
		passwordNeededHint:
			'Passala sullo standard input con --password-stdin (per esempio da un archivio di segreti), oppure avvia offline-im in un terminale per digitarla.',
		passwordPrompt: user => `Password di ${user} (non visualizzata): `,
		passwordEmpty: 'La password sullo standard input era vuota.',
		checksFailed: 'I controlli dei prerequisiti non sono stati superati, quindi non è stato eseguito nulla.',
		checksFailedHint: 'Risolvi i controlli non superati (offline-im doctor li mostra tutti), poi esegui di nuovo apply.',
		connecting: what => `Connessione: ${what}`,
		connectFailed: command => `Connessione non riuscita durante: ${command}`,
		reading: 'Lettura dei valori attuali...',
		usersUnresolved: 'Ad alcuni utenti non si può assegnare il criterio, quindi non è stato cambiato nulla:',
		usersNotFoundHint:
			'Correggi i nomi, oppure aggiungi --continue-on-error per cambiare gli altri ed elencare questi alla fine.',
		blocked: 'Il piano così com’è non può riuscire, quindi non è stato eseguito nulla:',
		running: count => `Esecuzione di ${n(count)} ${count === 1 ? 'modifica' : 'modifiche'}...`,
		progress: (done, total, failed) => `  ${n(done)} di ${n(total)} completate${failed > 0 ? `, ${n(failed)} non riuscite` : ''}`,
		grants: (done, total, failed) =>
			`Utenti a cui è stato assegnato il criterio: ${n(done)} di ${n(total)}${failed > 0 ? `, ${n(failed)} non riusciti` : ''}`,
		stepDone: command => `  fatto   ${command}`,
		stepFailed: (command, error) => `  ERRORE  ${command}\n          ${error}`,
		stepUnknown: command => `  IGNOTO  ${command}\n          Potrebbe essere stato eseguito o no: il registro dice cosa ha risposto PowerShell per ultimo.`,
		outcome: {
			done: 'Fatto: ogni modifica è stata eseguita e la rilettura lo conferma.',
			partial: 'Fatto per una parte degli utenti: per gli altri non è riuscito (elenco qui sotto).',
			failed: 'Interrotto: un comando non è riuscito. Ciò che è stato eseguito prima resta (vedi lo script di ripristino).',
			interrupted: 'Interrotto prima della fine: ciò che è stato eseguito resta (vedi lo script di ripristino).',
			crashed:
				'PowerShell ha smesso di rispondere durante l’esecuzione: l’ultima richiesta potrebbe essere stata eseguita o no (vedi il registro).',
		},
		crashedHint:
			'Leggi il registro per vedere quali comandi sono stati eseguiti; rieseguire lo stesso comando è sicuro (ciò che è già fatto resta fatto).',
		crashedTimeoutHint:
			'Un comando ha impiegato più di quanto consente --timeout. Se il pool è lento, riesegui lo stesso comando con un --timeout più lungo (per esempio --timeout 300): ciò che è già fatto resta fatto.',
		skipped: count => `${n(count)} ${count === 1 ? 'comando non è stato eseguito' : 'comandi non sono stati eseguiti'} (l’esecuzione si è fermata prima).`,
		noUsersLeftHint: 'Correggi i nomi (un indirizzo SIP o un nome dell’entità utente identifica un solo utente), poi esegui di nuovo offline-im apply.',
		blockedHint: 'Cambia le scelte (per esempio --policy, --site) o correggi il tenant, poi esegui di nuovo offline-im apply.',
		failedUsers: count => `${count === 1 ? '1 utente non riuscito' : `${n(count)} utenti non riusciti`}:`,
		verification: (ok, total) => `Rilettura: ${n(ok)} di ${n(total)} come previsto.`,
		verificationMismatch: (subject, found) => `  non come previsto: ${subject} (${found})`,
		journal: file => `Registro: ${file}`,
		rollback: file => `Script di ripristino per ciò che è stato eseguito: ${file}`,
		tenantFile: file => `Tenant simulato: ${file}`,
		nextSteps:
			'Gli utenti vedono la modifica dopo aver effettuato di nuovo l’accesso a Skype for Business; i messaggi offline richiedono la versione più recente del client a portata di clic (Click-to-Run).',
		stopping: 'Arresto dopo la richiesta in corso (premi di nuovo Ctrl+C per uscire subito; il registro dice cosa è stato eseguito)...',
		nothingToDo: 'Niente da cambiare.',
	},
	session: {
		ended: message => `PowerShell si è fermato: ${message}`,
		endedHint: 'Controlla nel registro cosa è stato eseguito, poi esegui offline-im doctor per verificare lo stato di PowerShell.',
	},
};
