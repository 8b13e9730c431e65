import type {engine as english} from '../en/engine.js';

export const engine: typeof english = {
	hints: {
		executionPolicy:
			'I criteri di esecuzione (Restricted, oppure AllSigned per Import-PSSession) hanno bloccato gli script. In PowerShell esegui: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, oppure avvia offline-im con --bypass-execution-policy.',
		executionPolicyNotSigned:
			'PowerShell esegue questo file solo se è firmato: i criteri di esecuzione sono AllSigned (oppure RemoteSigned, e il file viene da Internet). Avvia offline-im con --bypass-execution-policy (solo per questa sessione), oppure consenti gli script locali per il tuo account: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser (per un file scaricato di cui ti fidi: Unblock-File).',
		untrustedPublisher:
			'I criteri di esecuzione sono AllSigned e l’autore del modulo (Microsoft) non è nell’archivio Autori attendibili: PowerShell chiede se eseguirlo, e una sessione avviata da offline-im non può rispondere. In una finestra di PowerShell esegui una volta lo stesso Import-Module e scegli di eseguirlo sempre (Always run), oppure avvia offline-im con --bypass-execution-policy.',
		overrideAdminDomain:
			'PowerShell non ha trovato l’indirizzo del tuo tenant. Indica come dominio di amministrazione il dominio del tenant (per esempio contoso.onmicrosoft.com).',
		tooManySessions:
			'Skype for Business Online consente a ogni amministratore al massimo 3 sessioni alla volta. In ciascuna delle altre finestre di PowerShell collegate esegui Get-PSSession | Remove-PSSession (vede solo le sessioni di quella finestra), oppure attendi che quelle sessioni scadano, poi riprova.',
		credentials:
			'Nome utente o password non accettati, oppure l’account non è un amministratore di Skype for Business (CsAdministrator). Controllali e riprova.',
		poolUnreachable:
			'PowerShell non è riuscito a raggiungere il pool. Controlla l’FQDN e che https://POOL/OcsPowershell risponda da questo computer.',
		noOnlineSession:
			'Questo modulo non ha New-CsOnlineSession: MicrosoftTeams 2.0 lo ha eliminato. Usa il modulo Skype for Business Online Connector oppure la destinazione Server.',
		moduleNotFound:
			'Questo PowerShell non trova il modulo: non è installato, oppure è PowerShell a 32 bit. Ripeti i controlli dei prerequisiti.',
		needsPrompt:
			'Questo passaggio richiede una finestra di richiesta, che una sessione avviata da offline-im non può mostrare. Accedi invece con nome utente e password.',
		notConnected: 'Il comando non è disponibile: la sessione non è connessa (o il modulo non è caricato). Connettiti prima.',
		userNotFound:
			'Utente inesistente: controlla come è scritto, oppure indica l’indirizzo SIP (sip:nome@contoso.com) o il nome dell’entità utente (UPN).',
		policyExists: 'Il criterio esiste già. Riutilizzalo invece di crearlo.',
		generic: 'Leggi il messaggio di PowerShell qui sopra. Eseguire lo stesso comando in una finestra di PowerShell può dire di più.',
	},
};
