import type {connect as english} from '../en/connect.js';

export const connect: typeof english = {
	title: 'Connessione',
	local: {
		lead: 'Non c’è nulla da compilare.',
		explain:
			'offline-im importa il modulo SkypeForBusiness nella sua sessione di PowerShell su questo computer e lavora con il tuo account Windows attuale.',
		go: 'Premi Invio per connetterti.',
	},
	pool: {
		label: 'FQDN del pool',
		placeholder: 'pool01.contoso.com',
		help: 'Il nome completo del tuo pool Front End; offline-im si connette a https://POOL/OcsPowershell.',
	},
	adminDomain: {
		label: 'Dominio di amministrazione (facoltativo)',
		placeholder: 'contoso.onmicrosoft.com',
		help: 'Di solito resta vuoto. Se la connessione non riesce con un errore “lyncdiscover”, scrivi qui il dominio del tuo tenant: indica a PowerShell dove si trova.',
	},
	signIn: {
		question: 'Accedi con:',
		server: {integrated: 'il mio account Windows', credential: 'nome utente e password'},
		online: {integrated: 'la finestra di accesso di Microsoft (supporta l’MFA)', credential: 'nome utente e password'},
	},
	userName: {
		label: 'Nome utente',
		placeholderServer: 'CONTOSO\\admin oppure admin@contoso.com',
		placeholderOnline: 'admin@contoso.onmicrosoft.com',
	},
	password: {
		label: 'Password',
		help: 'Serve solo per questa connessione: non viene mai mostrata, salvata né scritta nel registro.',
		empty: 'scrivi la password',
	},
	filled: {
		pool: 'Pool',
		adminDomain: 'Dominio di amministrazione',
		adminDomainNone: 'nessuno',
		signIn: 'Accesso con',
		userName: 'Nome utente',
	},
	onlineRetired:
		'Microsoft ha dismesso Skype for Business Online il 31 luglio 2021. Questi passi seguono il suo articolo, ma molto probabilmente la connessione non riuscirà.',
	rehearsalTip: (userName, password) =>
		`Prova: accedi come ${userName} con la password ${password} (un account simulato).`,
	next: 'Invio passa alla domanda successiva; Esc torna alla precedente.',
	lastField: 'Invio avvia la connessione; Esc torna alla domanda precedente.',
	where: {
		local: 'Skype for Business Server su questo computer',
		pool: pool => pool,
		online: 'Skype for Business Online',
	},
	connecting: where => `Connessione a ${where}…`,
	wait: 'Attendi: la connessione può richiedere un minuto.',
	credentialNote: '(creata dalla password che hai scritto, che non viene mai mostrata)',
	connected: where => `Connesso a ${where}.`,
	connectedNext: 'Premi Invio per leggere le impostazioni attuali.',
	failed: where => `connessione a ${where} non riuscita`,
	retry: 'Premi Invio per controllare i dati e riprovare, oppure Esc per tornare indietro.',
	keys: {
		next: 'avanti',
		connect: 'connettiti',
		choose: 'sposta',
		retry: 'riprova',
		previous: 'domanda precedente',
	},
};
