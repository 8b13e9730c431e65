import type {checks as english} from '../en/checks.js';

const windowsPowerShell64 = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const windowsPowerShellFrom32 = 'C:\\Windows\\SysNative\\WindowsPowerShell\\v1.0\\powershell.exe';

export const checks: typeof english = {
	title: {
		powershell: 'PowerShell trovato',
		engine: 'Motore PowerShell 3.0 o successivo',
		languageMode: 'Modalità del linguaggio di PowerShell',
		edition: 'Edizione di PowerShell',
		osBitness: 'Sistema operativo a 64 bit',
		processBitness: 'Processo PowerShell a 64 bit',
		serverModule: 'Modulo di amministrazione di Skype for Business Server',
		pool: pool => `Il nome del pool ${pool} si risolve`,
		remoting: 'Sessione PowerShell remota verso il pool',
		onlineModule: 'Modulo Skype for Business Online Connector',
		teams: 'Modulo MicrosoftTeams',
		executionPolicy: 'I criteri di esecuzione consentono di caricare i moduli',
		onlineRetired: 'Servizio Skype for Business Online',
		client: 'Client Skype for Business sui computer degli utenti',
	},
	powershellSimulated: 'Simulatore di PowerShell (prova)',
	powershellStandIn: path => `${path} (prova: PowerShell reale; solo Skype for Business è simulato)`,
	moduleSimulated: value => `${value} (simulato per la prova)`,
	powershellNotFound: 'non trovato',
	powershellSearched: places => `Cercato: ${places}.`,
	searchedPlace: (name, source, notRunnable) => `${name} (${source}${notRunnable ? ': esiste, ma non è un programma eseguibile' : ''})`,
	powershellInstallWindows: `Usa Windows PowerShell della cartella System32: avvia offline-im con --powershell ${windowsPowerShell64}. Per esercitarti senza PowerShell, aggiungi --simulate.`,
	powershellInstallOther:
		'Installa PowerShell, oppure indicalo con --powershell PERCORSO o con OFFLINE_IM_POWERSHELL. Per esercitarti senza PowerShell, aggiungi --simulate.',
	powershellDidNotStart: 'PowerShell è stato trovato ma non ha avviato una sessione.',
	startExited: code => `Si è chiuso subito (codice di uscita ${code ?? 'sconosciuto'}).`,
	startTimeout: seconds => `Non ha risposto entro ${seconds} s.`,
	powershellStartFix: 'Avvia quel PowerShell a mano per vedere il motivo, oppure scegline un altro con --powershell PERCORSO.',
	engineValue: (engine, hostName, hostVersion) =>
		hostVersion && hostVersion !== engine ? `motore ${engine} (host ${hostName} ${hostVersion})` : engine,
	engineHostDiffers:
		'Get-Host mostra la versione dell’host (ISE, VS Code e gli host remoti hanno la loro); conta quella del motore, $PSVersionTable.PSVersion.',
	languageModeReason:
		'La modalità Constrained Language (impostata da AppLocker o da Windows Defender Application Control sui computer protetti) vieta le chiamate .NET e i blocchi di script che offline-im e i moduli di Skype for Business usano.',
	languageModeFix:
		'Esegui offline-im su una workstation o un server di amministrazione dove PowerShell è in modalità FullLanguage, oppure chiedi al team di sicurezza un’eccezione per gli strumenti di amministrazione.',
	engineTooOld: 'I cmdlet di Skype for Business e questo strumento richiedono PowerShell 3.0 o successivo.',
	engineFix: 'Installa Windows Management Framework 5.1 e riavvia il computer.',
	editionValue: edition => (edition === 'Core' ? 'Core (PowerShell 7)' : 'Desktop (Windows PowerShell)'),
	editionCoreReason:
		'I moduli di Skype for Business sono moduli di Windows PowerShell; PowerShell 7 potrebbe non caricarli.',
	editionCoreFix: `Usa Windows PowerShell della cartella System32: --powershell ${windowsPowerShell64}`,
	bitnessUnknown: 'sconosciuto',
	yes64: '64 bit',
	no32: '32 bit',
	osNot64: 'I moduli di Skype for Business funzionano solo su Windows a 64 bit.',
	osNot64Fix: 'Esegui offline-im su un computer o un server Windows a 64 bit.',
	processNot64:
		'Questo è PowerShell a 32 bit su Windows a 64 bit (SysWOW64, oppure avviato da un programma a 32 bit): non può caricare i moduli di Skype for Business, anche se il computer è a 64 bit.',
	processNot64Fix: `Usa PowerShell a 64 bit: --powershell ${windowsPowerShell64} (da un programma a 32 bit: ${windowsPowerShellFrom32}).`,
	moduleValue: (name, version) => `${name} ${version}`,
	moduleMissing: 'non installato',
	poolUnresolvedValue: 'nessun indirizzo',
	serverModuleMissing: 'Su questo computer non è installato né il modulo SkypeForBusiness né il modulo Lync.',
	serverModuleFix:
		'Installa qui gli strumenti di amministrazione di Skype for Business Server, oppure apri una sessione remota verso il pool (--pool FQDN-DEL-POOL; nella procedura guidata, «pool remoto»).',
	lyncModuleNote: 'Modulo di Lync Server 2010/2013: i cmdlet dei criteri client sono gli stessi.',
	poolUnresolved: (pool, error) => `PowerShell non è riuscito a risolvere ${pool}: ${error}`,
	poolFix: 'Controlla l’FQDN del pool (per esempio pool01.contoso.com) e che questo computer lo raggiunga sulla porta 443.',
	remotingUnsupported: platform => `non supportata su ${platform}`,
	remotingOffWindows:
		'Il pool remoto si raggiunge con New-PSSession -ConnectionUri, che usa la comunicazione remota WSMan, e PowerShell la supporta solo su Windows, non su Linux né su macOS.',
	remotingOffWindowsRehearsal:
		'La prova simula la sessione remota, quindi qui può proseguire; un’esecuzione reale da questo PowerShell non potrebbe aprirla: New-PSSession -ConnectionUri usa la comunicazione remota WSMan, che PowerShell supporta solo su Windows.',
	remotingFix:
		'Esegui offline-im su un computer Windows che raggiunga il pool sulla porta 443, oppure su un server con gli strumenti di amministrazione di Skype for Business Server (destinazione locale).',
	onlineModuleMissing: 'Il modulo Skype for Business Online Connector non è installato.',
	onlineModuleFix:
		'Microsoft non lo distribuisce più (il servizio è stato dismesso). Per un’installazione locale scegli la destinazione Server.',
	teamsOnly: version =>
		`È installato MicrosoftTeams ${version}, che però non può cambiare questa impostazione: la versione 2.0 ha eliminato New-CsOnlineSession e la 4.6.0 i cmdlet *-CsClientPolicy.`,
	teamsAlongside: 'offline-im non lo usa: usa il modulo di Skype for Business indicato sopra.',
	teamsFix: 'Per Skype for Business Server usa la destinazione Server. Teams recapita da sé i messaggi agli utenti offline.',
	policyValue: (policy, scope) => (scope ? `${policy} (impostato in ${scope})` : policy),
	policyNotEnforced: 'non applicato fuori da Windows',
	policyRestricted:
		'Con Restricted PowerShell non esegue alcun file di script: non si possono caricare né gli script del modulo né il modulo temporaneo che Import-PSSession scrive («l’esecuzione di script è disabilitata nel sistema»).',
	policyAllSignedSession: online =>
		'Con AllSigned Import-PSSession deve firmare il modulo temporaneo che scrive e non ha un certificato con cui firmarlo, quindi non riesce, con le parole di PowerShell: «Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files.»' +
		(online
			? ' Il modulo Online Connector, firmato da Microsoft, si carica solo se il certificato di Microsoft è nell’archivio Autori attendibili (Trusted Publishers): altrimenti PowerShell chiede se eseguire software di un autore non attendibile, e una sessione avviata da offline-im (-NonInteractive) non può rispondere.'
			: ''),
	policyFix:
		'Consenti gli script locali e firmati per il tuo account (poi ripeti il controllo), oppure avvia offline-im con --bypass-execution-policy.',
	policyByGroupPolicy: policy =>
		`Un criterio di gruppo imposta i criteri di esecuzione su ${policy}; -ExecutionPolicy Bypass non può scavalcarlo.`,
	policyByGroupPolicyFix: 'Chiedi all’amministratore del dominio di consentire RemoteSigned per il tuo account o computer.',
	policyAllSignedLocal: module =>
		`Con AllSigned il modulo ${module}, firmato da Microsoft, si carica solo se il certificato di Microsoft è nell’archivio Autori attendibili (Trusted Publishers). Altrimenti PowerShell chiede se eseguire software di un autore non attendibile, una sessione avviata da offline-im (-NonInteractive) non può rispondere e l’importazione non riesce. Anche uno script salvato deve essere firmato, altrimenti PowerShell lo rifiuta («... is not digitally signed»).`,
	policyAllSignedLocalFix: (module, canBypass) =>
		`Rendi attendibile il certificato di Microsoft una volta sola: in una finestra di PowerShell esegui Import-Module ${module} e, alla domanda sull’autore non attendibile, scegli di eseguirlo sempre (Always run).` +
		(canBypass ? ' Oppure avvia offline-im con --bypass-execution-policy (solo per questa sessione).' : ''),
	onlineRetiredValue: 'dismesso il 31/07/2021',
	onlineRetiredReason:
		'Microsoft ha dismesso Skype for Business Online il 31 luglio 2021: New-CsOnlineSession non raggiunge più un tenant reale. Questa destinazione segue l’articolo di Microsoft, come riferimento e per le prove.',
	onlineRetiredFix: 'Per un’installazione locale scegli la destinazione Server.',
	clientValue: 'non verificabile da qui',
	clientReason:
		'I messaggi offline arrivano solo a chi usa la versione più recente del client Skype for Business a portata di clic (Click-to-Run); le installazioni MSI e le versioni a portata di clic precedenti non li supportano.',
};
