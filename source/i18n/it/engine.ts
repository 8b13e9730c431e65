import type {engine as english} from '../en/engine.js';

export const engine: typeof english = {
	hints: {
		executionPolicy:
			'Windows ha bloccato gli script del modulo. In PowerShell esegui: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, oppure avvia offline-im con --bypass-execution-policy.',
		overrideAdminDomain:
			'PowerShell non ha trovato l’indirizzo del tuo tenant. Indica come dominio di amministrazione il dominio del tenant (per esempio contoso.onmicrosoft.com).',
		tooManySessions:
			'Ogni amministratore può tenere al massimo 3 sessioni. Chiudi le altre (Get-PSSession | Remove-PSSession) o attendi che scadano, poi riprova.',
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
