/**
 * The Connect form as a short run of questions, one at a time: which ones the target asks, the
 * answers so far, the password apart from them (never stored), and validation on Enter.
 */
import {useState} from 'react';
import {validateAdminDomain, validatePoolFqdn, validateSignInUser, type Validation} from '../../../plan/validate.js';
import useMessages from '../../hooks/use-messages.js';
import type {ConnectForm, TargetKind} from '../../wizard/types.js';

export type Question = 'pool' | 'adminDomain' | 'signIn' | 'userName' | 'password';

/** The questions for a target, in order; a user name and password only for credential sign-in. */
export function questionsFor(kind: TargetKind, signIn: ConnectForm['signIn']): Question[] {
	if (kind === 'server-local') return [];
	const first: Question = kind === 'server-pool' ? 'pool' : 'adminDomain';
	return signIn === 'credential' ? [first, 'signIn', 'userName', 'password'] : [first, 'signIn'];
}

export type ConnectFormState = {
	readonly questions: readonly Question[];
	/** The question being answered; `undefined` for a target with nothing to ask. */
	readonly question: Question | undefined;
	readonly form: ConnectForm;
	readonly password: string;
	/** Why the last answer was refused, in the admin's language. */
	readonly error: string | undefined;
	/** Typing into the current text question. */
	readonly change: (value: string) => void;
	/**
	 * Enter on the current question, with the answer as the field or list handed it over (the
	 * text typed up to Enter, the chosen sign-in); without one, the answer shown.
	 */
	readonly submit: (answer?: string) => void;
	/** Esc: the previous question, or `onBack` at the first. */
	readonly back: () => void;
	/** Back to the first question for another try: answers kept, password cleared. */
	readonly restart: () => void;
};

type Options = {
	kind: TargetKind;
	defaults: ConnectForm;
	onConnect: (form: ConnectForm, password?: string) => void;
	onBack: () => void;
};

export default function useConnectForm({kind, defaults, onConnect, onBack}: Options): ConnectFormState {
	const {plan, connect} = useMessages();
	const [form, setForm] = useState<ConnectForm>(defaults);
	const [password, setPassword] = useState('');
	const [index, setIndex] = useState(0);
	const [error, setError] = useState<string | undefined>();
	const questions = questionsFor(kind, form.signIn);
	const question = questions[index];

	const refuse = (validation: Validation): string | undefined => {
		if (validation.ok) return validation.value;
		setError(plan.problem(validation.problem));
		return undefined;
	};

	const advance = (next: ConnectForm, nextPassword: string) => {
		setError(undefined);
		const nextQuestions = questionsFor(kind, next.signIn);
		if (index + 1 < nextQuestions.length) {
			setForm(next);
			setIndex(index + 1);
			return;
		}

		setForm(next);
		// The password leaves with the intent and is not kept here.
		setPassword('');
		if (next.signIn === 'credential' && kind !== 'server-local') {
			onConnect(next, nextPassword);
		} else {
			onConnect(next);
		}
	};

	const submit = (answer?: string) => {
		switch (question) {
			case undefined: {
				onConnect(form);
				return;
			}

			case 'pool': {
				const pool = refuse(validatePoolFqdn(answer ?? form.pool));
				if (pool !== undefined) advance({...form, pool}, password);
				return;
			}

			case 'adminDomain': {
				const typed = answer ?? form.adminDomain;
				// Optional: only the "lyncdiscover" error needs it.
				if (typed.trim() === '') {
					advance({...form, adminDomain: ''}, password);
					return;
				}

				const adminDomain = refuse(validateAdminDomain(typed));
				if (adminDomain !== undefined) advance({...form, adminDomain}, password);
				return;
			}

			case 'signIn': {
				advance({...form, signIn: answer === 'integrated' || answer === 'credential' ? answer : form.signIn}, password);
				return;
			}

			case 'userName': {
				const userName = refuse(validateSignInUser(answer ?? form.userName));
				if (userName !== undefined) advance({...form, userName}, password);
				return;
			}

			case 'password': {
				const typed = answer ?? password;
				if (typed === '') {
					setError(connect.password.empty);
					return;
				}

				advance(form, typed);
			}
		}
	};

	const change = (value: string) => {
		setError(undefined);
		if (question === 'password') setPassword(value);
		else if (question === 'pool' || question === 'adminDomain' || question === 'userName') setForm({...form, [question]: value});
	};

	const back = () => {
		setError(undefined);
		if (question === 'password') setPassword('');
		if (index > 0) setIndex(index - 1);
		else onBack();
	};

	const restart = () => {
		setError(undefined);
		setPassword('');
		setIndex(0);
	};

	return {questions, question, form, password, error, change, submit, back, restart};
}
