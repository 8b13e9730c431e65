import {DotNetException, ExitSignal, type StaticType} from './language/engine.js';
import {ParseError, parseScript} from './language/parser.js';
import {
	CredentialValue,
	CustomObject,
	EnumValue,
	PSObject,
	ScriptBlockValue,
	SecureStringValue,
	type Value,
	VersionValue,
	toArray,
	toNumber,
	toText,
	voidResult,
} from './language/values.js';
import type {Tenant} from './tenant.js';

/** What the simulated .NET types need from the simulated machine. */
export type DotNetContext = {
	readonly tenant: Tenant;
	readonly engineMajor: number;
	readonly environment: Map<string, {name: string; value: string}>;
	writeOut(text: string): void;
	writeErr(text: string): void;
};

export class EncodingValue extends PSObject {
	readonly typeName: string;

	constructor(readonly webName: 'utf-8' | 'us-ascii' | 'utf-16') {
		super();
		this.typeName = webName === 'utf-8' ? 'System.Text.UTF8Encoding' : webName === 'us-ascii' ? 'System.Text.ASCIIEncoding' : 'System.Text.UnicodeEncoding';
	}

	private get bufferEncoding(): BufferEncoding {
		return this.webName === 'utf-8' ? 'utf8' : this.webName === 'us-ascii' ? 'ascii' : 'utf16le';
	}

	override getProperty(name: string): Value | undefined {
		const lower = name.toLowerCase();
		if (lower === 'webname') return this.webName;
		if (lower === 'encodingname') return this.webName === 'utf-8' ? 'Unicode (UTF-8)' : this.webName === 'us-ascii' ? 'US-ASCII' : 'Unicode';
		return undefined;
	}

	override propertyNames(): string[] {
		return ['EncodingName', 'WebName'];
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		switch (name.toLowerCase()) {
			case 'getstring': {
				const bytes = args[0] ?? null;
				if (bytes === null) throw new DotNetException('System.ArgumentNullException', 'Array cannot be null.\r\nParameter name: bytes');
				const array = bytes instanceof Uint8Array ? bytes : Uint8Array.from(toArray(bytes).map(item => (toNumber(item) ?? 0) & 0xff));
				return Buffer.from(array).toString(this.bufferEncoding);
			}

			case 'getbytes': {
				const text = args[0] ?? null;
				if (text === null) throw new DotNetException('System.ArgumentNullException', 'String reference not set to an instance of a String.\r\nParameter name: s');
				return new Uint8Array(Buffer.from(toText(text), this.bufferEncoding));
			}

			default:
				return super.callMethod(name, args);
		}
	}
}

export class IPAddressValue extends PSObject {
	readonly typeName = 'System.Net.IPAddress';

	constructor(readonly address: string) {
		super();
	}

	override getProperty(name: string): Value | undefined {
		switch (name.toLowerCase()) {
			case 'ipaddresstostring':
				return this.address;
			case 'addressfamily':
				return this.address.includes(':') ? new EnumValue('System.Net.Sockets.AddressFamily', 'InterNetworkV6', 23) : new EnumValue('System.Net.Sockets.AddressFamily', 'InterNetwork', 2);
			default:
				return undefined;
		}
	}

	override propertyNames(): string[] {
		return ['AddressFamily', 'IPAddressToString'];
	}

	override toText(): string {
		return this.address;
	}
}

class TextWriterValue extends PSObject {
	readonly typeName = 'System.IO.TextWriter';

	constructor(private readonly write: (text: string) => void) {
		super();
	}

	override callMethod(name: string, args: Value[]): Value | undefined {
		switch (name.toLowerCase()) {
			case 'writeline':
				this.write(toText(args[0] ?? null) + '\n');
				return voidResult;
			case 'write':
				this.write(toText(args[0] ?? null));
				return voidResult;
			case 'flush':
				return voidResult;
			default:
				return super.callMethod(name, args);
		}
	}
}

/** Resolves `[Name]` for the types the tool's scripts use; `undefined` for any other. */
export function createTypeResolver(context: DotNetContext): (name: string) => StaticType | undefined {
	const {tenant} = context;
	let outputEncoding: Value = new EncodingValue('us-ascii');
	const out = new TextWriterValue(text => context.writeOut(text));
	const err = new TextWriterValue(text => context.writeErr(text));

	const environment: StaticType = {
		fullName: 'System.Environment',
		getStatic(name) {
			switch (name.toLowerCase()) {
				// .NET 2.0 (PowerShell 2.0's runtime) has neither property: PowerShell yields $null.
				case 'is64bitoperatingsystem':
					return context.engineMajor < 3 ? undefined : tenant.powershell.os64;
				case 'is64bitprocess':
					return context.engineMajor < 3 ? undefined : tenant.powershell.process64;
				case 'osversion':
					return new CustomObject(
						[
							['Platform', platformEnum(tenant.powershell.platform)],
							['ServicePack', ''],
							['Version', new VersionValue(/\d+(\.\d+)+/.exec(tenant.powershell.osVersion)?.[0] ?? '10.0')],
							['VersionString', tenant.powershell.osVersion],
						],
						'System.OperatingSystem',
					);
				case 'machinename':
					return tenant.powershell.computerName;
				case 'username':
					return 'admin';
				case 'userdomainname':
					return tenant.netbiosDomain;
				case 'newline':
					return tenant.powershell.platform === 'Win32NT' ? '\r\n' : '\n';
				case 'processorcount':
					return 4;
				default:
					return undefined;
			}
		},
		callStatic(name, args) {
			switch (name.toLowerCase()) {
				case 'getenvironmentvariable':
					return context.environment.get(toText(args[0] ?? null).toLowerCase())?.value ?? null;
				case 'setenvironmentvariable': {
					const key = toText(args[0] ?? null);
					const value = args[1] ?? null;
					if (value === null || value === '') context.environment.delete(key.toLowerCase());
					else context.environment.set(key.toLowerCase(), {name: key, value: toText(value)});
					return voidResult;
				}

				case 'exit':
					throw new ExitSignal(toNumber(args[0] ?? null) ?? 0);
				default:
					return undefined;
			}
		},
	};

	const dns: StaticType = {
		fullName: 'System.Net.Dns',
		callStatic(name, args) {
			const lower = name.toLowerCase();
			if (lower !== 'gethostaddresses' && lower !== 'gethostentry') return undefined;
			const host = args[0] ?? null;
			if (host === null) throw new DotNetException('System.ArgumentNullException', 'Value cannot be null.\r\nParameter name: hostNameOrAddress');
			const text = toText(host).trim();
			const addresses = resolveHost(tenant, text);
			if (!addresses) throw new DotNetException('System.Net.Sockets.SocketException', 'No such host is known');
			const values = addresses.map(address => new IPAddressValue(address));
			if (lower === 'gethostentry') return new CustomObject([['HostName', text], ['Aliases', []], ['AddressList', values]], 'System.Net.IPHostEntry');
			return values;
		},
	};

	const console: StaticType = {
		fullName: 'System.Console',
		getStatic(name) {
			switch (name.toLowerCase()) {
				case 'out':
					return out;
				case 'error':
					return err;
				case 'outputencoding':
				case 'inputencoding':
					return outputEncoding;
				default:
					return undefined;
			}
		},
		setStatic(name, value) {
			const lower = name.toLowerCase();
			if (lower !== 'outputencoding' && lower !== 'inputencoding') return false;
			if (lower === 'outputencoding') outputEncoding = value;
			return true;
		},
		callStatic(name, args) {
			switch (name.toLowerCase()) {
				case 'writeline':
					context.writeOut(toText(args[0] ?? null) + '\n');
					return voidResult;
				case 'write':
					context.writeOut(toText(args[0] ?? null));
					return voidResult;
				default:
					return undefined;
			}
		},
	};

	const convert: StaticType = {
		fullName: 'System.Convert',
		callStatic(name, args) {
			switch (name.toLowerCase()) {
				case 'frombase64string': {
					const text = args[0] ?? null;
					if (text === null) throw new DotNetException('System.ArgumentNullException', 'Value cannot be null.\r\nParameter name: s');
					const clean = toText(text).replace(/\s+/g, '');
					if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
						throw new DotNetException(
							'System.FormatException',
							'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
						);
					}

					return new Uint8Array(Buffer.from(clean, 'base64'));
				}

				case 'tobase64string': {
					const bytes = args[0] ?? null;
					if (bytes === null) throw new DotNetException('System.ArgumentNullException', 'Value cannot be null.\r\nParameter name: inArray');
					const array = bytes instanceof Uint8Array ? bytes : Uint8Array.from(toArray(bytes).map(item => (toNumber(item) ?? 0) & 0xff));
					return Buffer.from(array).toString('base64');
				}

				case 'toint32':
					return Math.trunc(toNumber(args[0] ?? null) ?? 0);
				case 'tostring':
					return toText(args[0] ?? null);
				default:
					return undefined;
			}
		},
	};

	const encoding: StaticType = {
		fullName: 'System.Text.Encoding',
		getStatic(name) {
			switch (name.toLowerCase()) {
				case 'utf8':
					return new EncodingValue('utf-8');
				case 'ascii':
					return new EncodingValue('us-ascii');
				case 'unicode':
					return new EncodingValue('utf-16');
				case 'default':
					return new EncodingValue('us-ascii');
				default:
					return undefined;
			}
		},
	};

	const scriptBlock: StaticType = {
		fullName: 'System.Management.Automation.ScriptBlock',
		callStatic(name, args) {
			if (name.toLowerCase() !== 'create') return undefined;
			const text = toText(args[0] ?? null);
			try {
				return new ScriptBlockValue({...parseScript(text), text});
			} catch (error) {
				if (error instanceof ParseError) throw new DotNetException('System.Management.Automation.ParseException', error.message);
				throw error;
			}
		},
	};

	const array: StaticType = {
		fullName: 'System.Array',
		callStatic(name, args) {
			if (name.toLowerCase() !== 'clear') return undefined;
			const target = args[0] ?? null;
			const start = toNumber(args[1] ?? null) ?? 0;
			const length = toNumber(args[2] ?? null) ?? 0;
			if (target instanceof Uint8Array) target.fill(0, start, start + length);
			else if (Array.isArray(target)) target.fill(null, start, start + length);
			return voidResult;
		},
	};

	const string: StaticType = {
		fullName: 'System.String',
		getStatic: name => (name.toLowerCase() === 'empty' ? '' : undefined),
		callStatic(name, args) {
			switch (name.toLowerCase()) {
				case 'isnullorempty':
					return args[0] === null || args[0] === undefined || toText(args[0]) === '';
				case 'isnullorwhitespace':
					return args[0] === null || args[0] === undefined || toText(args[0]).trim() === '';
				case 'join':
					return toArray(args[1] ?? null).map(toText).join(toText(args[0] ?? null));
				case 'format': {
					const values = args.slice(1);
					return toText(args[0] ?? null).replace(/\{(\d+)\}/g, (_, index: string) => toText(values[Number(index)] ?? null));
				}

				default:
					return undefined;
			}
		},
	};

	const utf8Encoding: StaticType = {
		fullName: 'System.Text.UTF8Encoding',
		callStatic: name => (name.toLowerCase() === 'new' ? new EncodingValue('utf-8') : undefined),
	};

	const secureString: StaticType = {
		fullName: 'System.Security.SecureString',
		callStatic: name => (name.toLowerCase() === 'new' ? new SecureStringValue() : undefined),
	};

	const credential: StaticType = {
		fullName: 'System.Management.Automation.PSCredential',
		callStatic(name, args) {
			if (name.toLowerCase() !== 'new') return undefined;
			return newCredential(args);
		},
	};

	const types = new Map<string, StaticType>([
		['environment', environment],
		['net.dns', dns],
		['console', console],
		['convert', convert],
		['text.encoding', encoding],
		['management.automation.scriptblock', scriptBlock],
		['scriptblock', scriptBlock],
		['array', array],
		['string', string],
		['text.utf8encoding', utf8Encoding],
		['security.securestring', secureString],
		['securestring', secureString],
		['management.automation.pscredential', credential],
		['pscredential', credential],
	]);

	return name => types.get(name.toLowerCase().replace(/\s+/g, '').replace(/^system\./, ''));
}

/** PSCredential's constructor: (string userName, SecureString password). */
export function newCredential(args: Value[]): CredentialValue {
	const [userName, password] = args;
	if (args.length !== 2 || !(password instanceof SecureStringValue)) {
		throw new DotNetException('System.Management.Automation.MethodException', `Cannot find an overload for "PSCredential" and the argument count: "${args.length}".`);
	}

	if (userName === null || userName === undefined || toText(userName) === '') {
		throw new DotNetException('System.Management.Automation.PSArgumentException', 'The value cannot be null or empty.\r\nParameter name: userName');
	}

	return new CredentialValue(toText(userName), password);
}

function platformEnum(platform: string): EnumValue {
	const values: Record<string, number> = {Win32S: 0, Win32Windows: 1, Win32NT: 2, WinCE: 3, Unix: 4, Xbox: 5, MacOSX: 6};
	return new EnumValue('System.PlatformID', platform, values[platform] ?? 2);
}

/** Pool names resolve to their address; IP literals and localhost resolve to themselves. */
export function resolveHost(tenant: Tenant, host: string): string[] | undefined {
	const lower = host.toLowerCase();
	if (/^\d{1,3}(\.\d{1,3}){3}$/.test(lower)) return [lower];
	if (lower === 'localhost' || lower === tenant.powershell.computerName.toLowerCase()) return ['127.0.0.1'];
	const pool = tenant.pools.find(candidate => candidate.fqdn.toLowerCase() === lower || candidate.fqdn.toLowerCase().split('.')[0] === lower);
	return pool ? [pool.address] : undefined;
}
