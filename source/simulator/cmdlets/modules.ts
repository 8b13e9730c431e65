import {CustomObject} from '../language/values.js';
import {onlineConnectorPath} from '../../powershell/probes.js';

/** SkypeOnlineConnector.psd1 where Microsoft's installer puts it. */
export const connectorModulePath = onlineConnectorPath;

/** The connector is a script module: this is the file the execution policy refuses to load. */
export const connectorScriptPath = onlineConnectorPath.replace(/\.psd1$/i, '.psm1');

/** Modules whose cmdlets are the Skype for Business Server admin tools (64-bit only). */
export const serverModules = ['SkypeForBusiness', 'Lync'];

export function moduleInfo(name: string, version: string, moduleType = 'Manifest', exported: string[] = []): CustomObject {
	return new CustomObject(
		[
			['ModuleType', moduleType],
			['Version', version],
			['Name', name],
			['ExportedCommands', exported.length > 0 ? `{${exported.join(', ')}}` : '{}'],
		],
		'System.Management.Automation.PSModuleInfo',
	);
}
