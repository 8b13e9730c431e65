# offline-im: the PowerShell stand-in for the Skype for Business module (rehearsal on a real
# PowerShell, and the twin of the TypeScript simulator in source/simulator/).
#
# The bridge sends this whole text as ONE command right after the handshake; it is dot-sourced at
# global scope (never loaded from a file, so no execution policy applies). Afterwards the very
# texts the product emits work as on a Skype for Business admin machine, against the simulated
# tenant in the JSON file named by $env:OFFLINE_IM_SIMULATOR_TENANT (schema: source/simulator/tenant.ts):
#
#  - Import-Module SkypeForBusiness / Lync / the SkypeOnlineConnector .psd1 (per tenant.modules and
#    tenant.onlineConnectorInstalled) imports a dynamic module (New-Module) whose advanced functions
#    are Get-, Set-, New-, Grant-, Remove-CsClientPolicy, Get-CsUser, Remove-CsUser, Get-CsPool,
#    Get-CsAdminRoleAssignment and (SkypeForBusiness only: they came with the Server 2015 June 2016
#    cumulative update) Get-, Set-, New-, Remove-CsImConfiguration; or New-CsOnlineSession for the
#    connector;
#  - New-PSSession -ConnectionUri https://POOL/OcsPowershell and New-CsOnlineSession return a
#    session object; Import-PSSession of it imports, as a module tmp_XXXXXXXX.xxx, the
#    SkypeForBusiness module's cmdlets for a pool's session, and for an Online session the client
#    policy cmdlets and Get-CsOnlineUser (no Get-CsUser, pools, roles or IM configurations there);
#  - Get-Module -ListAvailable adds the tenant's modules, Test-Path -LiteralPath of the connector
#    answers tenant.onlineConnectorInstalled, [Net.Dns]::GetHostAddresses resolves the tenant's pools.
# Every other use of a proxied command goes to the real one, unchanged.
#
# State: the tenant file is read again whenever its stamp (write time, length) differs from the last
# read or write, and written back (whole file, temporary file + rename, UTF-8 without BOM) after
# each change, as a real server has applied each grant when the next one starts. Where the file
# leaves a field out, the stand-in applies tenant.ts's defaults: imConfigurations Global with
# EnableOfflineIm on, a pool in the first site, a user on the first pool, every account a CsAdministrator.
# Faults: commandDelayMs (every stand-in cmdlet call), failingGrants, exitOnGrant and hangOnGrant. The request-counting faults (exitAfterRequests,
# hangOnRequest, replyDelayMs) exist only in the TypeScript simulator, which reads the frames itself.
#
# Runs on Windows PowerShell 5.1 and PowerShell 7 (no ??, ?., ternary, && / ||, -AsHashtable).
# Private helpers are prefixed __oimSim. Output of the definition: nothing.

if (-not $env:OFFLINE_IM_SIMULATOR_TENANT) {
	throw 'offline-im stand-in: set OFFLINE_IM_SIMULATOR_TENANT to the simulated tenant''s JSON file.'
}

# [Net.Dns]::GetHostAddresses('pool'): the tenant's pools resolve to their address, everything else
# goes to System.Net.Dns; a name that does not resolve fails with the Windows text.
class __oimSimDns {
	static [System.Net.IPAddress[]] GetHostAddresses([string] $hostNameOrAddress) {
		$found = & $global:__oimSimCore { param($name) __oimSimResolvePool $name } $hostNameOrAddress
		if ($found) { return [System.Net.IPAddress[]]@([System.Net.IPAddress]::Parse([string]$found)) }
		try {
			return [System.Net.Dns]::GetHostAddresses($hostNameOrAddress)
		} catch {
			$record = & $global:__oimSimCore { param($error0) __oimSimDnsError $error0 } $_
			throw $record
		}
	}

	static [System.Net.IPHostEntry] GetHostEntry([string] $hostNameOrAddress) {
		return [System.Net.Dns]::GetHostEntry($hostNameOrAddress)
	}

	static [string] GetHostName() {
		return [System.Net.Dns]::GetHostName()
	}
}

$global:__oimSimCore = New-Module -Name __oimSimCore -ArgumentList $env:OFFLINE_IM_SIMULATOR_TENANT -ScriptBlock {
	param([string] $TenantPath)

	if (-not [System.IO.Path]::IsPathRooted($TenantPath)) {
		$TenantPath = [System.IO.Path]::Combine([Environment]::CurrentDirectory, $TenantPath)
	}
	$script:TenantPath = $TenantPath
	$script:Utf8 = New-Object System.Text.UTF8Encoding $false
	$script:ConnectorPath = 'C:\Program Files\Common Files\Skype for Business Online\Modules\SkypeOnlineConnector\SkypeOnlineConnector.psd1'
	$script:Modules = @{}
	$script:Sessions = @{}
	$script:SessionCounter = 0
	$script:XdsCmdlets = 'Microsoft.Rtc.Management.Internal'
	$script:AdCmdlets = 'Microsoft.Rtc.Management.AD.Cmdlets'
	$script:RemoteTroubleshooting = 'For more information, see the about_Remote_Troubleshooting Help topic.'

	# ------------------------------------------------------------------ the tenant file

	# The tenant as last read or written, with the file's stamp then: a 1,000-user grant would
	# otherwise parse the whole file 1,000 times (minutes where the TypeScript simulator takes half a
	# second). Another writer (a test, the TypeScript simulator) changes the stamp, so its change is seen.
	$script:Cached = $null
	$script:CachedStamp = $null
	# User lookup keys (lower case) -> users, built once per tenant object (see __oimSimFindUser).
	$script:UserIndex = $null

	function __oimSimStamp {
		$info = New-Object System.IO.FileInfo $script:TenantPath
		if (-not $info.Exists) { return $null }
		"$($info.LastWriteTimeUtc.Ticks)/$($info.Length)"
	}

	function __oimSimReadTenant {
		$stamp = __oimSimStamp
		if ($null -ne $script:Cached -and $null -ne $stamp -and $stamp -eq $script:CachedStamp) { return $script:Cached }
		try {
			$text = [System.IO.File]::ReadAllText($script:TenantPath, $script:Utf8)
		} catch {
			throw "offline-im stand-in: cannot read the tenant file $($script:TenantPath): $($_.Exception.InnerException.Message)"
		}
		try {
			$tenant = ConvertFrom-Json -InputObject $text
		} catch {
			throw "offline-im stand-in: the tenant file $($script:TenantPath) is not JSON: $($_.Exception.Message)"
		}
		if ($null -eq $tenant -or $null -eq $tenant.users -or $null -eq $tenant.policies) {
			throw "offline-im stand-in: the tenant file $($script:TenantPath) is not a simulated tenant (no users or policies)."
		}
		$script:Cached = $tenant
		$script:CachedStamp = $stamp
		$script:UserIndex = $null
		$tenant
	}

	function __oimSimWriteTenant($Tenant) {
		# Arrays stay arrays (also with one element or none); -Depth covers the deepest field.
		foreach ($name in 'users', 'policies', 'sites', 'modules', 'pools', 'imConfigurations', 'adminRoles') {
			if ($null -ne $Tenant.$name) { $Tenant.$name = @($Tenant.$name) }
		}
		foreach ($entry in @($Tenant.adminRoles)) {
			if ($null -ne $entry -and $null -ne $entry.roles) { $entry.roles = @($entry.roles) }
		}
		$json = ConvertTo-Json -InputObject $Tenant -Depth 20
		$temporary = "$($script:TenantPath).$PID.tmp"
		[System.IO.File]::WriteAllText($temporary, $json + "`n", $script:Utf8)
		if ([System.IO.File]::Exists($script:TenantPath)) {
			[System.IO.File]::Replace($temporary, $script:TenantPath, [NullString]::Value)
		} else {
			[System.IO.File]::Move($temporary, $script:TenantPath)
		}
		$script:Cached = $Tenant
		$script:CachedStamp = __oimSimStamp
	}

	function __oimSimFault($Tenant, [string] $Name) {
		if ($null -eq $Tenant.faults) { return $null }
		$property = $Tenant.faults.PSObject.Properties[$Name]
		if ($null -eq $property) { return $null }
		$property.Value
	}

	function __oimSimCountProcessStart {
		$tenant = __oimSimReadTenant
		if ($null -eq $tenant.stats) {
			$tenant | Add-Member -NotePropertyName stats -NotePropertyValue ([pscustomobject]@{ processStarts = 0; requests = 0 })
		}
		if ($null -eq $tenant.stats.PSObject.Properties['processStarts']) {
			$tenant.stats | Add-Member -NotePropertyName processStarts -NotePropertyValue 0
		}
		$tenant.stats.processStarts = [int]$tenant.stats.processStarts + 1
		__oimSimWriteTenant $tenant
	}

	# ------------------------------------------------------------------ errors

	# An ErrorRecord whose FullyQualifiedErrorId is exactly $FullId (as a cmdlet's or a remote
	# session's): PowerShell would otherwise append the function's name.
	function __oimSimRecord([string] $Message, [string] $FullId, [string] $Category, [string] $ExceptionType, $Target) {
		$exception = $null
		if ($ExceptionType) {
			try { $exception = New-Object -TypeName $ExceptionType -ArgumentList $Message } catch { $exception = $null }
		}
		if ($null -eq $exception) { $exception = New-Object System.Management.Automation.RuntimeException $Message }
		$categoryValue = [System.Management.Automation.ErrorCategory]::NotSpecified
		if ($Category) { $categoryValue = [System.Management.Automation.ErrorCategory]$Category }
		$record = New-Object System.Management.Automation.ErrorRecord $exception, ($FullId -split ',')[0], $categoryValue, $Target
		$field = [System.Management.Automation.ErrorRecord].GetField('_serializedFullyQualifiedErrorId', [System.Reflection.BindingFlags]'NonPublic,Instance')
		if ($field) { $field.SetValue($record, $FullId) }
		$record
	}

	# Writes a non-terminating error (as the real cmdlet's WriteError) or throws a terminating one.
	function __oimSimError($Cmdlet, [string] $Message, [string] $FullId, [string] $Category, [string] $ExceptionType, $Target, [switch] $Terminating) {
		$record = __oimSimRecord $Message $FullId $Category $ExceptionType $Target
		if ($Terminating) { $Cmdlet.ThrowTerminatingError($record) }
		$Cmdlet.WriteError($record)
	}

	function __oimSimDnsError($Caught) {
		$inner = $Caught.Exception
		while ($inner.InnerException) { $inner = $inner.InnerException }
		$message = $inner.Message
		if ($inner -is [System.Net.Sockets.SocketException] -and $inner.SocketErrorCode -eq [System.Net.Sockets.SocketError]::HostNotFound) {
			$message = 'No such host is known'
		}
		$text = 'Exception calling "GetHostAddresses" with "1" argument(s): "' + $message + '"'
		$wrapped = New-Object System.Management.Automation.MethodInvocationException $text, $inner
		$record = New-Object System.Management.Automation.ErrorRecord $wrapped, $inner.GetType().Name, ([System.Management.Automation.ErrorCategory]::NotSpecified), $null
		$field = [System.Management.Automation.ErrorRecord].GetField('_serializedFullyQualifiedErrorId', [System.Reflection.BindingFlags]'NonPublic,Instance')
		if ($field) { $field.SetValue($record, $inner.GetType().Name) }
		$record
	}

	function __oimSimNonInteractive {
		if ($PSVersionTable.PSEdition -eq 'Core') { return 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.' }
		'Windows PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.'
	}

	# ------------------------------------------------------------------ pools, sessions, modules

	function __oimSimResolvePool([string] $Name) {
		$tenant = __oimSimReadTenant
		$lower = $Name.Trim().ToLowerInvariant()
		foreach ($pool in @($tenant.pools)) {
			$fqdn = ([string]$pool.fqdn).ToLowerInvariant()
			if ($fqdn -eq $lower -or $fqdn.Split('.')[0] -eq $lower) { return [string]$pool.address }
		}
		$null
	}

	function __oimSimCredentialAccepted($Tenant, $Credential) {
		$password = $Credential.GetNetworkCredential().Password
		$userName = [string]$Credential.UserName
		foreach ($accepted in @($Tenant.signIn.credentials)) {
			if ($accepted.userName -eq $userName -and [string]::Equals([string]$accepted.password, $password, [System.StringComparison]::Ordinal)) { return $true }
		}
		$false
	}

	function __oimSimNewSession([string] $Kind, [string] $ComputerName) {
		$script:SessionCounter++
		$id = $script:SessionCounter
		$session = [pscustomobject][ordered]@{
			Id = $id
			Name = "WinRM$id"
			ComputerName = $ComputerName
			ComputerType = 'RemoteMachine'
			State = 'Opened'
			ConfigurationName = 'Microsoft.PowerShell'
			Availability = 'Available'
		}
		$session.PSObject.TypeNames.Insert(0, '__oimSim.PSSession')
		$session | Add-Member -MemberType ScriptMethod -Name ToString -Value { '[PSSession]' + $this.Name } -Force
		$script:Sessions[$id] = @{ kind = $Kind; session = $session }
		$session
	}

	function __oimSimIsSession($Value) {
		$null -ne $Value -and $Value -is [psobject] -and $Value.PSObject.TypeNames -contains '__oimSim.PSSession'
	}

	function __oimSimEffectivePolicy {
		[string](Microsoft.PowerShell.Security\Get-ExecutionPolicy)
	}

	# The module a name or path stands for: @{ name; version; kind = server|connector|other }, or $null.
	function __oimSimTenantModule($Tenant, [string] $Name) {
		$isPath = $Name -match '[\\/]' -or $Name -match '\.(psd1|psm1|dll)$'
		if ($isPath) {
			if (-not $Tenant.onlineConnectorInstalled) { return $null }
			if ($Name.Replace('/', '\').ToLowerInvariant() -ne $script:ConnectorPath.ToLowerInvariant()) { return $null }
			foreach ($module in @($Tenant.modules)) {
				if ($module.name -eq 'SkypeOnlineConnector') { return @{ name = [string]$module.name; version = [string]$module.version; kind = 'connector' } }
			}
			return @{ name = 'SkypeOnlineConnector'; version = '7.0.0.0'; kind = 'connector' }
		}
		foreach ($module in @($Tenant.modules)) {
			if ($module.name -eq $Name) {
				$kind = 'other'
				if ($module.name -eq 'SkypeForBusiness' -or $module.name -eq 'Lync') { $kind = 'server' }
				if ($module.name -eq 'SkypeOnlineConnector') { $kind = 'connector' }
				return @{ name = [string]$module.name; version = [string]$module.version; kind = $kind }
			}
		}
		$null
	}

	function __oimSimCreateModule([string] $Name, [string] $Kind, [string] $Version) {
		$body = $script:ModuleBodies[$Kind]
		$module = New-Module -Name $Name -ScriptBlock $body -ArgumentList $ExecutionContext.SessionState.Module
		$parsed = $null
		if ($Version -and [System.Version]::TryParse($Version, [ref]$parsed)) {
			$setVersion = [System.Management.Automation.PSModuleInfo].GetMethod('SetVersion', [System.Reflection.BindingFlags]'NonPublic,Instance')
			if ($setVersion) { $null = $setVersion.Invoke($module, @($parsed)) }
		}
		$module
	}

	# Import-Module: our module names and the connector path; $null when handled, else the
	# parameters for the real Import-Module.
	function __oimSimImportModule($Bound, $Cmdlet) {
		$forward = (__oimSimCopy $Bound)
		if (-not $Bound.ContainsKey('Name')) { return (__oimSimImportGlobally $forward) }
		$tenant = __oimSimReadTenant
		$others = New-Object System.Collections.Generic.List[string]
		foreach ($name in @($Bound['Name'])) {
			$module = __oimSimTenantModule $tenant ([string]$name)
			if ([string]$name -and ([string]$name).Replace('/', '\').ToLowerInvariant() -eq $script:ConnectorPath.ToLowerInvariant() -and ($null -eq $module -or -not [Environment]::Is64BitProcess)) {
				# The connector's path is a Windows path: answered here, as Windows PowerShell does
				# when the file is not there (elsewhere PowerShell would say the drive C: does not exist).
				__oimSimError $Cmdlet "The specified module '$name' was not loaded because no valid module file was found in any module directory." 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand' 'ResourceUnavailable' 'System.IO.FileNotFoundException' ([string]$name)
				continue
			}
			# The Skype modules are 64-bit only: from 32-bit PowerShell the real Import-Module does not find them.
			if ($null -eq $module -or ($module.kind -ne 'other' -and -not [Environment]::Is64BitProcess)) {
				$others.Add([string]$name)
				continue
			}
			if ($module.kind -ne 'server' -and (__oimSimEffectivePolicy) -eq 'Restricted') {
				$file = "C:\Program Files\WindowsPowerShell\Modules\$($module.name)\$($module.version)\$($module.name).psm1"
				if ($module.kind -eq 'connector') { $file = $script:ConnectorPath -replace '\.psd1$', '.psm1' }
				$link = 'https:/go.microsoft.com/fwlink/?LinkID=135170'
				if ($PSVersionTable.PSEdition -eq 'Core') { $link = 'https://go.microsoft.com/fwlink/?LinkID=135170' }
				__oimSimError $Cmdlet "File $file cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at $link." 'UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand' 'SecurityError' 'System.Management.Automation.PSSecurityException' $null
				continue
			}
			$key = $module.name.ToLowerInvariant()
			$existing = $script:Modules[$key]
			if ($null -eq $existing -or $Bound['Force']) {
				$body = $module.kind
				if ($module.name -eq 'Lync') { $body = 'lync' }
				$existing = __oimSimCreateModule $module.name $body $module.version
				$script:Modules[$key] = $existing
			}
			$imported = $existing | Microsoft.PowerShell.Core\Import-Module -Global -Force -PassThru
			if ($Bound['PassThru']) { $imported }
		}
		if ($others.Count -eq 0) { return $null }
		$forward['Name'] = $others.ToArray()
		__oimSimImportGlobally $forward
	}

	function __oimSimCopy($Bound) {
		$copy = @{}
		foreach ($key in @($Bound.Keys)) { $copy[$key] = $Bound[$key] }
		$copy
	}

	# The proxy is a function: without -Global the real Import-Module would import into its scope.
	function __oimSimImportGlobally($Forward) {
		if (-not $Forward.ContainsKey('Global') -and -not $Forward.ContainsKey('Scope')) { $Forward['Global'] = $true }
		$Forward
	}

	# Get-Module -ListAvailable: the real modules, then the tenant's.
	function __oimSimGetModuleExtra($Bound) {
		$tenant = __oimSimReadTenant
		$patterns = @('*')
		if ($Bound.ContainsKey('Name')) { $patterns = @($Bound['Name']) }
		foreach ($module in @($tenant.modules)) {
			$match = $false
			foreach ($pattern in $patterns) { if ([string]$module.name -like [string]$pattern) { $match = $true } }
			if (-not $match) { continue }
			$info = [pscustomobject][ordered]@{
				ModuleType = 'Manifest'
				Version = [System.Version][string]$module.version
				Name = [string]$module.name
				Path = "C:\Program Files\Common Files\Skype for Business Server\Modules\$($module.name)\$($module.name).psd1"
				ExportedCommands = @{}
			}
			if ($module.name -eq 'SkypeOnlineConnector') { $info.Path = $script:ConnectorPath }
			$info.PSObject.TypeNames.Insert(0, 'System.Management.Automation.PSModuleInfo')
			$info
		}
	}

	function __oimSimTestPath($Bound) {
		$paths = $null
		if ($Bound.ContainsKey('LiteralPath')) { $paths = @($Bound['LiteralPath']) } elseif ($Bound.ContainsKey('Path')) { $paths = @($Bound['Path']) }
		if ($null -eq $paths -or $paths.Count -ne 1 -or $Bound.ContainsKey('IsValid')) { return $null }
		$normalized = ([string]$paths[0]).Replace('/', '\').TrimEnd('\').ToLowerInvariant()
		$connector = $script:ConnectorPath.ToLowerInvariant()
		if ($normalized -ne $connector -and $normalized -ne ($connector -replace '\\[^\\]+$', '')) { return $null }
		$tenant = __oimSimReadTenant
		if ($Bound.ContainsKey('PathType') -and [string]$Bound['PathType'] -eq 'Container' -and $normalized -eq $connector) { return ,$false }
		,[bool]$tenant.onlineConnectorInstalled
	}

	# New-PSSession -ConnectionUri https://POOL/OcsPowershell: a session, or the WinRM error.
	function __oimSimNewPSSession($Bound, $Cmdlet) {
		$tenant = __oimSimReadTenant
		$credential = $null
		if ($Bound.ContainsKey('Credential')) { $credential = $Bound['Credential'] }
		foreach ($uri in @($Bound['ConnectionUri'])) {
			$address = [string]$uri.Host
			$path = $uri.AbsolutePath
			$failure = __oimSimOpenFailure $tenant $address $path $credential
			if ($failure) {
				$message = "Connecting to remote server $address failed with the following error message : $($failure.reason) $($script:RemoteTroubleshooting)"
				__oimSimError $Cmdlet $message "$($failure.errorId),PSSessionOpenFailed" 'OpenError' 'System.Management.Automation.Remoting.PSRemotingTransportException' 'System.Management.Automation.RemoteRunspace'
				continue
			}
			__oimSimNewSession 'server' $address
		}
	}

	function __oimSimOpenFailure($Tenant, [string] $Address, [string] $Path, $Credential) {
		$pool = $null
		foreach ($candidate in @($Tenant.pools)) { if ($candidate.fqdn -eq $Address) { $pool = $candidate } }
		if ($null -eq $pool) {
			return @{ reason = 'The WinRM client cannot process the request because the server name cannot be resolved.'; errorId = 'ComputerNotFound' }
		}
		if ($Tenant.signIn.connectionError -eq 'unreachable') {
			return @{
				reason = 'WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. By default, the WinRM firewall exception for public profiles limits access to remote computers within the same local subnet.'
				errorId = 'WinRMOperationTimeout'
			}
		}
		if ($Path -and $Path.TrimEnd('/').ToLowerInvariant() -ne '/ocspowershell') {
			return @{
				reason = 'The WinRM client sent a request to an HTTP server and got a response saying the requested HTTP URL was not available. This is usually returned by a HTTP server that does not support the WS-Management protocol.'
				errorId = 'URLNotAvailable'
			}
		}
		$denied = @{ reason = 'Access is denied.'; errorId = 'AccessDenied' }
		if ($Tenant.signIn.connectionError -eq 'access-denied') { return $denied }
		if ($null -eq $Credential) {
			if ($Tenant.signIn.integratedAllowed) { return $null }
			return $denied
		}
		if (__oimSimCredentialAccepted $Tenant $Credential) { return $null }
		$denied
	}

	function __oimSimImportPSSession($Bound, $Cmdlet) {
		$target = $Bound['Session']
		if (-not (__oimSimIsSession $target)) { return (__oimSimCopy $Bound) }
		$entry = $script:Sessions[$target.Id]
		if ($target.State -ne 'Opened' -or $null -eq $entry) {
			__oimSimError $Cmdlet "The session $($target.Name) is not available because it is $($target.State)." 'InvalidOperation,Microsoft.PowerShell.Commands.ImportPSSessionCommand' 'InvalidOperation' 'System.InvalidOperationException' $null -Terminating
		}
		$policy = __oimSimEffectivePolicy
		if ($policy -eq 'Restricted' -or $policy -eq 'AllSigned') {
			__oimSimError $Cmdlet 'Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files.' 'InvalidOperation,Microsoft.PowerShell.Commands.ImportPSSessionCommand' 'InvalidOperation' 'System.InvalidOperationException' $null -Terminating
		}
		$fromModule = $false
		$existing = $ExecutionContext.InvokeCommand.GetCommand('Get-CsClientPolicy', [System.Management.Automation.CommandTypes]::Function)
		if ($existing -and $existing.Module -and @('SkypeForBusiness', 'Lync') -contains $existing.Module.Name) { $fromModule = $true }
		if ($fromModule -and -not $Bound['AllowClobber']) {
			__oimSimError $Cmdlet 'No command proxies have been created, because all of the requested remote commands would shadow existing local commands. Use the AllowClobber parameter if you want to shadow existing local commands.' 'ErrorNoCommandsImportedBecauseOfSkipping,Microsoft.PowerShell.Commands.ImportPSSessionCommand' 'InvalidResult' 'System.ArgumentException' $null -Terminating
		}
		$suffix = @('qmz', 'wrk', 'a5d')[$target.Id % 3]
		$name = 'tmp_' + ([guid]::NewGuid().ToString('N').Substring(0, 8)) + '.' + $suffix
		$kind = 'session'
		if ($entry.kind -eq 'online') { $kind = 'online-session' }
		$module = __oimSimCreateModule $name $kind '1.0'
		$module | Microsoft.PowerShell.Core\Import-Module -Global -Force -PassThru
	}

	# ------------------------------------------------------------------ the directory

	function __oimSimDistinguishedName($User) {
		$domain = 'contoso.com'
		$parts = ([string]$User.userPrincipalName).Split('@')
		if ($parts.Count -gt 1) { $domain = $parts[1] }
		'CN=' + $User.displayName + ',CN=Users,DC=' + $domain.Replace('.', ',DC=')
	}

	# Every key a user is found by, lower case: SIP address, UPN, DOMAIN\sam, display name and
	# distinguished name, each to the users it names. Built once per tenant object, inline (no
	# function call per user): a 1,000-user tenant is indexed in milliseconds, not seconds.
	function __oimSimIndexUsers($Tenant) {
		if ($null -ne $script:UserIndex -and [object]::ReferenceEquals($script:UserIndex.tenant, $Tenant)) { return $script:UserIndex.keys }
		$keys = New-Object 'System.Collections.Generic.Dictionary[string, System.Collections.Generic.List[object]]'
		$netbios = [string]$Tenant.netbiosDomain
		foreach ($user in @($Tenant.users)) {
			$upn = [string]$user.userPrincipalName
			$at = $upn.IndexOf('@')
			$domain = 'contoso.com'
			if ($at -ge 0) { $domain = $upn.Substring($at + 1) }
			# __oimSimDistinguishedName's formula, inline: calling it per user triples the index's time.
			$dn = 'CN=' + $user.displayName + ',CN=Users,DC=' + $domain.Replace('.', ',DC=')
			foreach ($key in ([string]$user.sipAddress), $upn, ($netbios + '\' + $user.samAccountName), ([string]$user.displayName), $dn) {
				$key = $key.ToLowerInvariant()
				$list = $null
				if (-not $keys.TryGetValue($key, [ref]$list)) {
					$list = [System.Collections.Generic.List[object]]::new()
					$keys[$key] = $list
				}
				if (-not $list.Contains($user)) { $list.Add($user) }
			}
		}
		$script:UserIndex = @{ tenant = $Tenant; keys = $keys }
		$keys
	}

	# @{ kind = found|missing|ambiguous; user }: SIP address (with or without sip:), UPN,
	# DOMAIN\sam, display name or distinguished name, case-insensitive.
	function __oimSimFindUser($Tenant, [string] $Identity) {
		$index = __oimSimIndexUsers $Tenant
		$key = $Identity.Trim().ToLowerInvariant()
		$found = $null
		foreach ($pass in 1, 2) {
			$list = $null
			if ($index.TryGetValue($key, [ref]$list)) { $found = $list }
			if ($null -ne $found -or $key.StartsWith('sip:') -or -not $key.Contains('@')) { break }
			$key = 'sip:' + $key
		}
		if ($null -eq $found -or $found.Count -eq 0) { return @{ kind = 'missing' } }
		if ($found.Count -gt 1) { return @{ kind = 'ambiguous' } }
		@{ kind = 'found'; user = $found[0] }
	}

	function __oimSimFindPolicy($Tenant, [string] $Identity) {
		foreach ($policy in @($Tenant.policies)) { if ($policy.identity -eq $Identity) { return $policy } }
		$null
	}

	function __oimSimSite($Tenant, [string] $Name) {
		foreach ($site in @($Tenant.sites)) { if ($site -eq $Name) { return [string]$site } }
		$null
	}

	# The tenant's defaults where a field is absent (as tenant.ts applies them): a pool is in the
	# first site, a user is homed on the first pool, and the IM configurations are Global alone,
	# EnableOfflineIm on (the default since Server 2015 CU3).
	function __oimSimPoolSite($Tenant, $Pool) {
		if ($null -ne $Pool.PSObject.Properties['site'] -and $null -ne $Pool.site) { return [string]$Pool.site }
		$sites = @($Tenant.sites)
		if ($sites.Count -gt 0) { return [string]$sites[0] }
		$null
	}

	function __oimSimRegistrarPool($Tenant, $User) {
		if ($null -ne $User.PSObject.Properties['registrarPool'] -and $null -ne $User.registrarPool) { return [string]$User.registrarPool }
		$pools = @($Tenant.pools)
		if ($pools.Count -gt 0) { return [string]$pools[0].fqdn }
		$null
	}

	# The IM configurations, made a field of the tenant (so that a change is written) when absent.
	function __oimSimImConfigurations($Tenant) {
		if ($null -eq $Tenant.PSObject.Properties['imConfigurations']) {
			$Tenant | Add-Member -NotePropertyName imConfigurations -NotePropertyValue @([pscustomobject][ordered]@{ identity = 'Global'; enableOfflineIm = $true })
		}
		@($Tenant.imConfigurations)
	}

	function __oimSimFindImConfiguration($Tenant, [string] $Identity) {
		foreach ($configuration in (__oimSimImConfigurations $Tenant)) { if ($configuration.identity -eq $Identity) { return $configuration } }
		$null
	}

	# Global, site:NAME, tag:NAME or a bare NAME, as XdsIdentity parses it: @{ identity; scope; name }.
	function __oimSimParseIdentity($Tenant, [string] $Text, $Cmdlet, [string] $NetClass) {
		$trimmed = $Text.Trim()
		$lower = $trimmed.ToLowerInvariant()
		$invalid = {
			__oimSimError $Cmdlet "Cannot bind parameter 'Identity'. Cannot convert value `"$Text`" to type `"Microsoft.Rtc.Management.Xds.XdsIdentity`". Error: `"Invalid identity: `"$Text`".`"" "CannotConvertArgumentNoMessage,$NetClass" 'InvalidArgument' 'System.Management.Automation.ParameterBindingException' $null -Terminating
		}
		if ($lower -eq 'global') { return @{ identity = 'Global'; scope = 'global'; name = 'Global' } }
		if ($lower.StartsWith('site:')) {
			$name = $trimmed.Substring(5)
			if (-not $name) { & $invalid }
			$site = __oimSimSite $Tenant $name
			if (-not $site) { $site = $name }
			return @{ identity = "Site:$site"; scope = 'site'; name = $site }
		}
		$name = $trimmed
		if ($lower.StartsWith('tag:')) { $name = $trimmed.Substring(4) }
		if (-not $name -or $name -match '^[a-z]+:' -or $name.Contains('/')) { & $invalid }
		$existing = __oimSimFindPolicy $Tenant "Tag:$name"
		if ($existing) { return @{ identity = [string]$existing.identity; scope = 'tag'; name = ([string]$existing.identity).Substring(4) } }
		@{ identity = "Tag:$name"; scope = 'tag'; name = $name }
	}

	# What Get-CsClientPolicy returns. Identity is an object, as the real XdsIdentity is: [string]
	# turns it into Global / Site:X / Tag:X.
	function __oimSimXdsIdentity([string] $Identity) {
		$scope = 'Global'
		$name = ''
		if ($Identity -match '^(Site|Tag):(.*)$') { $scope = $Matches[1]; $name = $Matches[2] }
		$xds = [pscustomobject][ordered]@{ ScopeClass = $scope; InstanceName = $name }
		$xds.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.Xds.XdsIdentity')
		$xds | Add-Member -MemberType ScriptMethod -Name ToString -Value { if ($this.ScopeClass -eq 'Global') { 'Global' } else { $this.ScopeClass + ':' + $this.InstanceName } } -Force
		$xds
	}

	function __oimSimPolicyObject($Policy) {
		$object = [pscustomobject][ordered]@{
			Identity = __oimSimXdsIdentity ([string]$Policy.identity)
			Description = $null
			EnableIMAutoArchiving = $Policy.enableIMAutoArchiving
			EnableCallLogAutoArchiving = $null
			DisableSavingIM = $null
			EnableAppearOffline = $null
		}
		$object.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.WritableConfig.Policy.Client.ClientPolicy')
		$object
	}

	# What Get-CsUser returns. ClientPolicy is a policy reference: [string] gives the policy's name.
	function __oimSimUserObject($Tenant, $User) {
		$reference = $null
		if ($null -ne $User.clientPolicy) {
			$reference = [pscustomobject]@{ Name = [string]$User.clientPolicy }
			$reference.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.ADConnect.Schema.PolicyReference')
			$reference | Add-Member -MemberType ScriptMethod -Name ToString -Value { $this.Name } -Force
		}
		$pool = __oimSimRegistrarPool $Tenant $User
		$object = [pscustomobject][ordered]@{
			Identity = __oimSimDistinguishedName $User
			SipAddress = [string]$User.sipAddress
			DisplayName = [string]$User.displayName
			UserPrincipalName = [string]$User.userPrincipalName
			SamAccountName = [string]$User.samAccountName
			Enabled = $true
			RegistrarPool = $pool
			ClientPolicy = $reference
			EnterpriseVoiceEnabled = $false
			LineURI = ''
		}
		$object.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.ADConnect.Schema.OCSADUser')
		$object
	}

	function __oimSimMissingPolicy($Cmdlet, [string] $Verb, [string] $Identity, [string] $NetClass) {
		__oimSimError $Cmdlet "Cannot $Verb `"ClientPolicy`" `"$Identity`" because it does not exist." "ItemNotFound,$NetClass" 'ObjectNotFound' 'System.Management.Automation.ItemNotFoundException' $Identity
	}

	function __oimSimMissingUser($Cmdlet, [string] $Identity, $Lookup, [string] $NetClass) {
		$message = "Management object not found for identity `"$Identity`"."
		if ($Lookup.kind -eq 'ambiguous') { $message = "Multiple objects found for identity `"$Identity`"." }
		__oimSimError $Cmdlet $message "Identity,$NetClass" 'ObjectNotFound' 'System.Management.Automation.RuntimeException' $Identity
	}

	# Get-CsUser -Filter: an OPATH-like filter (`ClientPolicy -ne $null`), not a script:
	# Property -operator value, joined with -and / -or, negated with -not, grouped in parentheses.
	function __oimSimCompileFilter([string] $Text, $Cmdlet, [string] $NetClass) {
		$invalid = {
			__oimSimError $Cmdlet "Cannot bind parameter 'Filter' to the target. Exception setting `"Filter`": `"The filter `"$($Text.Trim())`" is not valid.`"" "ParameterBindingFailed,$NetClass" 'InvalidArgument' 'System.Management.Automation.ParameterBindingException' $null -Terminating
		}
		$quotes = "'\u2018\u2019\u201A\u201B"
		$pattern = New-Object System.Text.RegularExpressions.Regex ('\G(?:\s+|(\()|(\))|([-\u2013\u2014\u2015][A-Za-z]+)|(\$[A-Za-z_][A-Za-z0-9_:]*)|[' + $quotes + ']((?:[^' + $quotes + ']|[' + $quotes + ']{2})*)[' + $quotes + ']|"((?:[^"]|"")*)"|([^\s()]+))')
		$tokens = New-Object System.Collections.Generic.List[object]
		$position = 0
		while ($position -lt $Text.Length) {
			$match = $pattern.Match($Text, $position)
			if (-not $match.Success -or $match.Length -eq 0) { & $invalid }
			$position += $match.Length
			$g = $match.Groups
			if ($g[1].Success) { $tokens.Add(@{ kind = 'open' }) }
			elseif ($g[2].Success) { $tokens.Add(@{ kind = 'close' }) }
			elseif ($g[3].Success) { $tokens.Add(@{ kind = 'operator'; text = $g[3].Value.Substring(1).ToLowerInvariant() }) }
			elseif ($g[4].Success) { $tokens.Add(@{ kind = 'variable'; text = $g[4].Value.Substring(1) }) }
			elseif ($g[5].Success) { $tokens.Add(@{ kind = 'string'; text = ($g[5].Value -replace ('([' + $quotes + '])[' + $quotes + ']'), '$1') }) }
			elseif ($g[6].Success) { $tokens.Add(@{ kind = 'string'; text = $g[6].Value.Replace('""', '"') }) }
			elseif ($g[7].Success) { $tokens.Add(@{ kind = 'word'; text = $g[7].Value }) }
		}
		if ($tokens.Count -eq 0) { & $invalid }
		$state = @{ index = 0 }
		$tree = __oimSimFilterExpression $tokens $state $invalid
		if ($state.index -ne $tokens.Count) { & $invalid }
		$tree
	}

	function __oimSimFilterExpression($Tokens, $State, $Invalid) {
		$left = __oimSimFilterTerm $Tokens $State $Invalid
		while ($State.index -lt $Tokens.Count) {
			$token = $Tokens[$State.index]
			if ($token.kind -ne 'operator' -or ($token.text -ne 'and' -and $token.text -ne 'or')) { break }
			$State.index++
			$right = __oimSimFilterTerm $Tokens $State $Invalid
			$left = @{ op = $token.text; left = $left; right = $right }
		}
		$left
	}

	function __oimSimFilterTerm($Tokens, $State, $Invalid) {
		if ($State.index -ge $Tokens.Count) { & $Invalid }
		$token = $Tokens[$State.index]; $State.index++
		if ($token.kind -eq 'operator' -and $token.text -eq 'not') { return @{ op = 'not'; inner = (__oimSimFilterTerm $Tokens $State $Invalid) } }
		if ($token.kind -eq 'open') {
			$inner = __oimSimFilterExpression $Tokens $State $Invalid
			if ($State.index -ge $Tokens.Count -or $Tokens[$State.index].kind -ne 'close') { & $Invalid }
			$State.index++
			return $inner
		}
		if ($token.kind -ne 'word') { & $Invalid }
		if ($State.index -ge $Tokens.Count) { & $Invalid }
		$operator = $Tokens[$State.index]; $State.index++
		if ($operator.kind -ne 'operator' -or @('eq', 'ne', 'like', 'notlike') -notcontains $operator.text) { & $Invalid }
		if ($State.index -ge $Tokens.Count) { & $Invalid }
		$valueToken = $Tokens[$State.index]; $State.index++
		$value = $null
		switch ($valueToken.kind) {
			'string' { $value = $valueToken.text }
			'word' { $value = $valueToken.text }
			'variable' {
				$name = $valueToken.text.ToLowerInvariant() -replace '^global:', ''
				if ($name -eq 'null') { $value = $null }
				elseif ($name -eq 'true') { $value = $true }
				elseif ($name -eq 'false') { $value = $false }
				else { $value = Get-Variable -Scope Global -Name $name -ValueOnly -ErrorAction SilentlyContinue }
			}
			default { & $Invalid }
		}
		@{ op = $operator.text; property = $token.text; value = $value }
	}

	function __oimSimFilterTest($Tree, $Object) {
		switch ($Tree.op) {
			'and' { return ((__oimSimFilterTest $Tree.left $Object) -and (__oimSimFilterTest $Tree.right $Object)) }
			'or' { return ((__oimSimFilterTest $Tree.left $Object) -or (__oimSimFilterTest $Tree.right $Object)) }
			'not' { return (-not (__oimSimFilterTest $Tree.inner $Object)) }
		}
		$actual = $null
		$property = $Object.PSObject.Properties[$Tree.property]
		if ($property) { $actual = $property.Value }
		if ($null -ne $actual -and $actual -is [psobject] -and $actual.PSObject.TypeNames -contains 'Microsoft.Rtc.Management.ADConnect.Schema.PolicyReference') { $actual = [string]$actual }
		$expected = $Tree.value
		switch ($Tree.op) {
			'eq' { if ($null -eq $actual -or $null -eq $expected) { return ($null -eq $actual -and $null -eq $expected) }; return ([string]$actual -eq [string]$expected) }
			'ne' { if ($null -eq $actual -or $null -eq $expected) { return -not ($null -eq $actual -and $null -eq $expected) }; return ([string]$actual -ne [string]$expected) }
			'like' { return ([string]$actual -like [string]$expected) }
			'notlike' { return ([string]$actual -notlike [string]$expected) }
		}
		$false
	}

	# ------------------------------------------------------------------ the cmdlets

	# Every Skype for Business cmdlet of the stand-in modules comes here: $Bound is its
	# $PSBoundParameters, $Cmdlet its $PSCmdlet, $Item the pipeline input of this process block.
	function __oimSimInvoke([string] $Name, $Bound, $Cmdlet, $Item, $HasItem) {
		$tenant = __oimSimReadTenant
		$delay = __oimSimFault $tenant 'commandDelayMs'
		if ($delay -gt 0) { Start-Sleep -Milliseconds ([int]$delay) }
		switch ($Name) {
			'Get-CsClientPolicy' { __oimSimGetPolicy $tenant $Bound $Cmdlet }
			'New-CsClientPolicy' { __oimSimNewPolicy $tenant $Bound $Cmdlet }
			'Set-CsClientPolicy' { __oimSimSetPolicy $tenant $Bound $Cmdlet $HasItem }
			'Remove-CsClientPolicy' { __oimSimRemovePolicy $tenant $Bound $Cmdlet }
			'Grant-CsClientPolicy' { __oimSimGrant $tenant $Bound $Cmdlet }
			'Get-CsUser' { __oimSimGetUser $tenant $Bound $Cmdlet "$($script:AdCmdlets).GetOcsUserCmdlet" }
			'Get-CsOnlineUser' { __oimSimGetUser $tenant $Bound $Cmdlet 'Microsoft.Rtc.Management.Hosted.Online.GetCsOnlineUserCmdlet' }
			'Remove-CsUser' { __oimSimRemoveUser $tenant $Bound $Cmdlet }
			'Get-CsImConfiguration' { __oimSimGetImConfiguration $tenant $Bound $Cmdlet }
			'Set-CsImConfiguration' { __oimSimSetImConfiguration $tenant $Bound $Cmdlet }
			'New-CsImConfiguration' { __oimSimNewImConfiguration $tenant $Bound $Cmdlet }
			'Remove-CsImConfiguration' { __oimSimRemoveImConfiguration $tenant $Bound $Cmdlet }
			'Get-CsPool' { __oimSimGetPool $tenant $Bound $Cmdlet }
			'Get-CsAdminRoleAssignment' { __oimSimGetAdminRoles $tenant $Bound $Cmdlet }
			'New-CsOnlineSession' { __oimSimNewOnlineSession $tenant $Bound $Cmdlet }
		}
	}

	function __oimSimGetPolicy($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).GetClientPolicyCmdlet"
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity'] -and [string]$Bound['Identity'] -ne '') {
			$parsed = __oimSimParseIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
			$policy = __oimSimFindPolicy $Tenant $parsed.identity
			if (-not $policy) { return (__oimSimMissingPolicy $Cmdlet 'get' $parsed.identity $netClass) }
			return (__oimSimPolicyObject $policy)
		}
		$filter = $null
		if ($Bound.ContainsKey('Filter') -and $Bound['Filter']) { $filter = [string]$Bound['Filter'] }
		foreach ($policy in @($Tenant.policies)) {
			if ($null -eq $filter -or [string]$policy.identity -like $filter) { __oimSimPolicyObject $policy }
		}
	}

	function __oimSimNewPolicy($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).NewClientPolicyCmdlet"
		$parsed = __oimSimParseIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
		if ($parsed.scope -eq 'global' -or (__oimSimFindPolicy $Tenant $parsed.identity)) {
			return (__oimSimError $Cmdlet "Cannot create `"ClientPolicy`" `"$($parsed.identity)`" because it already exists." "ItemAlreadyExists,$netClass" 'ResourceExists' 'System.InvalidOperationException' $parsed.identity)
		}
		if ($parsed.scope -eq 'site' -and -not (__oimSimSite $Tenant $parsed.name)) {
			return (__oimSimError $Cmdlet "Cannot create `"ClientPolicy`" `"$($parsed.identity)`" because the site `"$($parsed.name)`" does not exist." "SiteNotFound,$netClass" 'ObjectNotFound' 'System.Management.Automation.ItemNotFoundException' $parsed.identity)
		}
		$value = $null
		if ($Bound.ContainsKey('EnableIMAutoArchiving')) { $value = $Bound['EnableIMAutoArchiving'] }
		$policy = [pscustomobject][ordered]@{ identity = $parsed.identity; enableIMAutoArchiving = $value }
		if ($Bound['InMemory']) { return (__oimSimPolicyObject $policy) }
		if (-not $Cmdlet.ShouldProcess($parsed.identity, 'New')) { return }
		$Tenant.policies = @($Tenant.policies) + $policy
		__oimSimWriteTenant $Tenant
	}

	function __oimSimSetPolicy($Tenant, $Bound, $Cmdlet, [bool] $HasItem) {
		$netClass = "$($script:XdsCmdlets).SetClientPolicyCmdlet"
		$target = 'Global'
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity']) { $target = [string]$Bound['Identity'] }
		elseif ($Bound.ContainsKey('Instance') -and $null -ne $Bound['Instance']) {
			$instance = $Bound['Instance']
			$identity = $instance.PSObject.Properties['Identity']
			if ($identity) { $target = [string]$identity.Value } else { $target = [string]$instance }
		}
		$parsed = __oimSimParseIdentity $Tenant $target $Cmdlet $netClass
		$policy = __oimSimFindPolicy $Tenant $parsed.identity
		if (-not $policy) { return (__oimSimMissingPolicy $Cmdlet 'find' $parsed.identity $netClass) }
		if (-not $Bound.ContainsKey('EnableIMAutoArchiving')) { return }
		if (-not $Cmdlet.ShouldProcess([string]$policy.identity, 'Set')) { return }
		$value = $Bound['EnableIMAutoArchiving']
		if ($policy.enableIMAutoArchiving -is [bool] -and $value -is [bool] -and $policy.enableIMAutoArchiving -eq $value) { return }
		if ($null -eq $policy.enableIMAutoArchiving -and $null -eq $value) { return }
		$policy.enableIMAutoArchiving = $value
		__oimSimWriteTenant $Tenant
	}

	function __oimSimRemovePolicy($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).RemoveClientPolicyCmdlet"
		$parsed = __oimSimParseIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
		$policy = __oimSimFindPolicy $Tenant $parsed.identity
		if (-not $policy) { return (__oimSimMissingPolicy $Cmdlet 'find' $parsed.identity $netClass) }
		if (-not $Cmdlet.ShouldProcess([string]$policy.identity, 'Remove')) { return }
		if ($parsed.scope -eq 'global') {
			if ($null -ne $policy.enableIMAutoArchiving) {
				$policy.enableIMAutoArchiving = $null
				__oimSimWriteTenant $Tenant
			}
			$Cmdlet.WriteWarning('Global configuration for "ClientPolicy" cannot be removed. Instead of removing it, the Global configuration for "ClientPolicy" has been reset to the default value.')
			return
		}
		$inUse = $false
		if ($parsed.scope -eq 'tag') {
			foreach ($user in @($Tenant.users)) { if ($null -ne $user.clientPolicy -and [string]$user.clientPolicy -eq $parsed.name) { $inUse = $true } }
		}
		if ($inUse -and -not $Bound['Force']) {
			# The cmdlet asks before removing a policy that users hold; -NonInteractive cannot answer.
			$answer = $false
			try {
				$answer = $Cmdlet.ShouldContinue("The policy `"$($policy.identity)`" is assigned to one or more users. Do you want to remove it?", 'Remove-CsClientPolicy')
			} catch {
				$inner = $_.Exception
				while ($inner.InnerException) { $inner = $inner.InnerException }
				return (__oimSimError $Cmdlet $inner.Message "HostException,$netClass" 'ResourceUnavailable' 'System.Management.Automation.Host.HostException' $null)
			}
			if (-not $answer) { return }
		}
		# Users keep a reference to a removed policy, as on a real server.
		$Tenant.policies = @(@($Tenant.policies) | Where-Object { $_.identity -ne $policy.identity })
		__oimSimWriteTenant $Tenant
	}

	function __oimSimGrant($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:AdCmdlets).GrantClientPolicyCmdlet"
		$requested = $Bound['PolicyName']
		$policyName = $null
		if ($null -ne $requested -and [string]$requested -ne '') {
			$text = ([string]$requested).Trim()
			$bare = $text
			if ($text.ToLowerInvariant().StartsWith('tag:')) { $bare = $text.Substring(4) }
			$policy = $null
			if ($text -notmatch '^(global|site:.*)$') { $policy = __oimSimFindPolicy $Tenant "Tag:$bare" }
			if (-not $policy) {
				return (__oimSimError $Cmdlet "Policy `"$text`" is not a user policy. You can assign only a user policy to a specific user." "InvalidPolicy,$netClass" 'InvalidArgument' 'System.ArgumentException' $text)
			}
			$policyName = ([string]$policy.identity).Substring(4)
		}
		if (-not $Bound.ContainsKey('Identity')) {
			# -Global (GrantToTenant): a tenant-wide grant, which the simulated tenant does not model.
			return
		}
		$identity = [string]$Bound['Identity']
		$lookup = __oimSimFindUser $Tenant $identity
		if ($lookup.kind -ne 'found') { return (__oimSimMissingUser $Cmdlet $identity $lookup $netClass) }
		$user = $lookup.user
		$isUser = { param($named) $candidate = __oimSimFindUser $Tenant ([string]$named); $candidate.kind -eq 'found' -and [object]::ReferenceEquals($candidate.user, $user) }
		# Crash and hang faults (the TypeScript simulator injects them the same way): nothing has changed yet.
		$exitOnGrant = __oimSimFault $Tenant 'exitOnGrant'
		if ($null -ne $exitOnGrant -and (& $isUser $exitOnGrant.user)) {
			[Console]::Out.Flush()
			[Environment]::Exit([int]$exitOnGrant.exitCode)
		}
		$hangOnGrant = __oimSimFault $Tenant 'hangOnGrant'
		if ($null -ne $hangOnGrant -and (& $isUser $hangOnGrant)) {
			while ($true) { Start-Sleep -Seconds 3600 }
		}
		foreach ($fault in @(__oimSimFault $Tenant 'failingGrants')) {
			if ($null -ne $fault -and (& $isUser $fault.user)) {
				return (__oimSimError $Cmdlet ([string]$fault.message) "GrantFailed,$netClass" 'NotSpecified' 'System.Management.Automation.RuntimeException' $identity)
			}
		}
		if (-not $Cmdlet.ShouldProcess($identity, 'Grant')) { return }
		$current = $user.clientPolicy
		$same = ($null -eq $current -and $null -eq $policyName) -or ($null -ne $current -and $null -ne $policyName -and [string]$current -ceq $policyName)
		if (-not $same) {
			$user.clientPolicy = $policyName
			__oimSimWriteTenant $Tenant
		}
		if ($Bound['PassThru']) { __oimSimUserObject $Tenant $user }
	}

	function __oimSimGetUser($Tenant, $Bound, $Cmdlet, [string] $NetClass) {
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity'] -and [string]$Bound['Identity'] -ne '') {
			$identity = [string]$Bound['Identity']
			$lookup = __oimSimFindUser $Tenant $identity
			if ($lookup.kind -ne 'found') { return (__oimSimMissingUser $Cmdlet $identity $lookup $NetClass) }
			return (__oimSimUserObject $Tenant $lookup.user)
		}
		$tree = $null
		if ($Bound.ContainsKey('Filter') -and $null -ne $Bound['Filter']) { $tree = __oimSimCompileFilter ([string]$Bound['Filter']) $Cmdlet $NetClass }
		$limit = [int]::MaxValue
		if ($Bound.ContainsKey('ResultSize')) {
			$size = 0
			if ([int]::TryParse([string]$Bound['ResultSize'], [ref]$size)) { $limit = $size }
		}
		$count = 0
		foreach ($user in @($Tenant.users)) {
			if ($count -ge $limit) { break }
			$object = __oimSimUserObject $Tenant $user
			if ($null -eq $tree -or (__oimSimFilterTest $tree $object)) {
				$count++
				$object
			}
		}
	}

	function __oimSimRemoveUser($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:AdCmdlets).RemoveOcsUserCmdlet"
		$identity = [string]$Bound['Identity']
		$lookup = __oimSimFindUser $Tenant $identity
		if ($lookup.kind -ne 'found') { return (__oimSimMissingUser $Cmdlet $identity $lookup $netClass) }
		if (-not $Cmdlet.ShouldProcess($identity, 'Remove')) { return }
		$user = $lookup.user
		$Tenant.users = @(@($Tenant.users) | Where-Object { -not [object]::ReferenceEquals($_, $user) })
		$script:UserIndex = $null
		__oimSimWriteTenant $Tenant
	}

	# ------------------------------------------------------------------ IM configurations, pools, roles
	# (the TypeScript twin: source/simulator/cmdlets/server-configuration.ts, which says where each
	# text comes from and which are not verified against a real server)

	# Global or site:NAME, as XdsIdentity parses it for an IM configuration (no tag scope): @{ identity; scope; name }.
	function __oimSimParseImIdentity($Tenant, [string] $Text, $Cmdlet, [string] $NetClass) {
		$trimmed = $Text.Trim()
		$lower = $trimmed.ToLowerInvariant()
		if ($lower -eq 'global') { return @{ identity = 'Global'; scope = 'global'; name = 'Global' } }
		if (-not $lower.StartsWith('site:') -or $trimmed.Length -eq 5) {
			__oimSimError $Cmdlet "Cannot bind parameter 'Identity'. Cannot convert value `"$Text`" to type `"Microsoft.Rtc.Management.Xds.XdsIdentity`". Error: `"Invalid identity: `"$Text`".`"" "CannotConvertArgumentNoMessage,$NetClass" 'InvalidArgument' 'System.Management.Automation.ParameterBindingException' $null -Terminating
		}
		$name = $trimmed.Substring(5)
		$site = __oimSimSite $Tenant $name
		if (-not $site) { $site = $name }
		@{ identity = "Site:$site"; scope = 'site'; name = $site }
	}

	function __oimSimImObject($Configuration) {
		$object = [pscustomobject][ordered]@{
			Identity = __oimSimXdsIdentity ([string]$Configuration.identity)
			EnableOfflineIm = [bool]$Configuration.enableOfflineIm
		}
		$object.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.WritableConfig.Settings.ImConfiguration.ImConfiguration')
		$object
	}

	function __oimSimMissingImConfiguration($Cmdlet, [string] $Verb, [string] $Identity, [string] $NetClass) {
		__oimSimError $Cmdlet "Cannot $Verb `"ImConfiguration`" `"$Identity`" because it does not exist." "ItemNotFound,$NetClass" 'ObjectNotFound' 'System.Management.Automation.ItemNotFoundException' $Identity
	}

	function __oimSimGetImConfiguration($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).GetImConfigurationCmdlet"
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity'] -and [string]$Bound['Identity'] -ne '') {
			$parsed = __oimSimParseImIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
			$configuration = __oimSimFindImConfiguration $Tenant $parsed.identity
			if (-not $configuration) { return (__oimSimMissingImConfiguration $Cmdlet 'get' $parsed.identity $netClass) }
			return (__oimSimImObject $configuration)
		}
		$filter = $null
		if ($Bound.ContainsKey('Filter') -and $Bound['Filter']) { $filter = [string]$Bound['Filter'] }
		foreach ($configuration in (__oimSimImConfigurations $Tenant)) {
			if ($null -eq $filter -or [string]$configuration.identity -like $filter) { __oimSimImObject $configuration }
		}
	}

	function __oimSimSetImConfiguration($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).SetImConfigurationCmdlet"
		$target = 'Global'
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity']) { $target = [string]$Bound['Identity'] }
		elseif ($Bound.ContainsKey('Instance') -and $null -ne $Bound['Instance']) {
			$instance = $Bound['Instance']
			$identity = $instance.PSObject.Properties['Identity']
			if ($identity) { $target = [string]$identity.Value } else { $target = [string]$instance }
		}
		$parsed = __oimSimParseImIdentity $Tenant $target $Cmdlet $netClass
		$configuration = __oimSimFindImConfiguration $Tenant $parsed.identity
		if (-not $configuration) { return (__oimSimMissingImConfiguration $Cmdlet 'find' $parsed.identity $netClass) }
		if (-not $Bound.ContainsKey('EnableOfflineIm')) { return }
		if (-not $Cmdlet.ShouldProcess([string]$configuration.identity, 'Set')) { return }
		$value = [bool]$Bound['EnableOfflineIm']
		if ([bool]$configuration.enableOfflineIm -eq $value) { return }
		$configuration.enableOfflineIm = $value
		__oimSimWriteTenant $Tenant
	}

	function __oimSimNewImConfiguration($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).NewImConfigurationCmdlet"
		$parsed = __oimSimParseImIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
		if ($parsed.scope -eq 'global' -or (__oimSimFindImConfiguration $Tenant $parsed.identity)) {
			return (__oimSimError $Cmdlet "Cannot create `"ImConfiguration`" `"$($parsed.identity)`" because it already exists." "ItemAlreadyExists,$netClass" 'ResourceExists' 'System.InvalidOperationException' $parsed.identity)
		}
		if (-not (__oimSimSite $Tenant $parsed.name)) {
			return (__oimSimError $Cmdlet "Cannot create `"ImConfiguration`" `"$($parsed.identity)`" because the site `"$($parsed.name)`" does not exist." "SiteNotFound,$netClass" 'ObjectNotFound' 'System.Management.Automation.ItemNotFoundException' $parsed.identity)
		}
		# A new configuration starts from the defaults: EnableOfflineIm $true (Server 2015 CU3 and later).
		$value = $true
		if ($Bound.ContainsKey('EnableOfflineIm')) { $value = [bool]$Bound['EnableOfflineIm'] }
		$configuration = [pscustomobject][ordered]@{ identity = $parsed.identity; enableOfflineIm = $value }
		if ($Bound['InMemory']) { return (__oimSimImObject $configuration) }
		if (-not $Cmdlet.ShouldProcess($parsed.identity, 'New')) { return }
		$Tenant.imConfigurations = @(__oimSimImConfigurations $Tenant) + $configuration
		__oimSimWriteTenant $Tenant
	}

	function __oimSimRemoveImConfiguration($Tenant, $Bound, $Cmdlet) {
		$netClass = "$($script:XdsCmdlets).RemoveImConfigurationCmdlet"
		$parsed = __oimSimParseImIdentity $Tenant ([string]$Bound['Identity']) $Cmdlet $netClass
		$configuration = __oimSimFindImConfiguration $Tenant $parsed.identity
		if (-not $configuration) { return (__oimSimMissingImConfiguration $Cmdlet 'find' $parsed.identity $netClass) }
		if (-not $Cmdlet.ShouldProcess([string]$configuration.identity, 'Remove')) { return }
		if ($parsed.scope -eq 'global') {
			if (-not [bool]$configuration.enableOfflineIm) {
				$configuration.enableOfflineIm = $true
				__oimSimWriteTenant $Tenant
			}
			$Cmdlet.WriteWarning('Global configuration for "ImConfiguration" cannot be removed. Instead of removing it, the Global configuration for "ImConfiguration" has been reset to the default value.')
			return
		}
		$Tenant.imConfigurations = @(@(__oimSimImConfigurations $Tenant) | Where-Object { $_.identity -ne $configuration.identity })
		__oimSimWriteTenant $Tenant
	}

	function __oimSimPoolObject($Tenant, $Pool) {
		$fqdn = [string]$Pool.fqdn
		$site = __oimSimPoolSite $Tenant $Pool
		$siteObject = $null
		if ($null -ne $site) { $siteObject = __oimSimXdsIdentity "Site:$site" }
		$object = [pscustomobject][ordered]@{
			Identity = $fqdn
			Services = @("Registrar:$fqdn", "UserServer:$fqdn", "WebServer:$fqdn")
			Computers = @($fqdn)
			Fqdn = $fqdn
			Site = $siteObject
		}
		$object.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.Deploy.Internal.Cluster')
		$object
	}

	function __oimSimGetPool($Tenant, $Bound, $Cmdlet) {
		$netClass = 'Microsoft.Rtc.Management.Deploy.Cmdlets.GetPoolCmdlet'
		# -Site takes the site's display name (Redmond), not its identity (site:Redmond).
		$site = $null
		if ($Bound.ContainsKey('Site') -and $null -ne $Bound['Site']) { $site = ([string]$Bound['Site']).Trim() }
		$identity = $null
		if ($Bound.ContainsKey('Identity') -and $null -ne $Bound['Identity'] -and [string]$Bound['Identity'] -ne '') { $identity = ([string]$Bound['Identity']).Trim() }
		$filter = $null
		if ($Bound.ContainsKey('Filter') -and $Bound['Filter']) { $filter = [string]$Bound['Filter'] }
		$found = $false
		foreach ($pool in @($Tenant.pools)) {
			if ($null -ne $identity) {
				if ([string]$pool.fqdn -ne $identity) { continue }
				$found = $true
			} elseif ($null -ne $filter -and -not ([string]$pool.fqdn -like $filter)) { continue }
			if ($null -ne $site -and (__oimSimPoolSite $Tenant $pool) -ne $site) { continue }
			__oimSimPoolObject $Tenant $pool
		}
		if ($null -ne $identity -and -not $found) {
			__oimSimError $Cmdlet "Cannot get `"Pool`" `"$identity`" because it does not exist." "ItemNotFound,$netClass" 'ObjectNotFound' 'System.Management.Automation.ItemNotFoundException' $identity
		}
	}

	# Without adminRoles every account is a CsAdministrator; with them, a listed account (as listed,
	# or a DOMAIN\user by its bare user name) has its roles and any other is not found.
	function __oimSimGetAdminRoles($Tenant, $Bound, $Cmdlet) {
		$netClass = 'Microsoft.Rtc.Management.Authorization.GetAdminRoleAssignmentCmdlet'
		$identity = [string]$Bound['Identity']
		$roles = $null
		if ($null -eq $Tenant.PSObject.Properties['adminRoles'] -or $null -eq $Tenant.adminRoles) {
			$roles = @('CsAdministrator')
		} else {
			$key = $identity.Trim().ToLowerInvariant()
			foreach ($entry in @($Tenant.adminRoles)) {
				$account = ([string]$entry.account).ToLowerInvariant()
				$slash = $account.IndexOf('\')
				if ($account -eq $key -or ($slash -ge 0 -and $account.Substring($slash + 1) -eq $key)) { $roles = @($entry.roles); break }
			}
		}
		if ($null -eq $roles) {
			return (__oimSimError $Cmdlet "Management object not found for identity `"$identity`"." "Identity,$netClass" 'ObjectNotFound' 'System.Management.Automation.RuntimeException' $identity)
		}
		foreach ($role in $roles) {
			$assignment = [pscustomobject]@{ Identity = [string]$role }
			$assignment.PSObject.TypeNames.Insert(0, 'Microsoft.Rtc.Management.Xds.AdminRoleAssignment')
			$assignment | Add-Member -MemberType ScriptMethod -Name ToString -Value { $this.Identity } -Force
			$assignment
		}
	}

	function __oimSimNewOnlineSession($Tenant, $Bound, $Cmdlet) {
		$fail = {
			param($message, $id)
			__oimSimError $Cmdlet $message $id 'NotSpecified' 'System.Management.Automation.RuntimeException' $null -Terminating
		}
		$signIn = $Tenant.signIn
		if ($signIn.connectionError -eq 'unreachable') { & $fail 'Unable to discover PowerShell endpoint URI.' 'Unable to discover PowerShell endpoint URI.' }
		$credential = $null
		if ($Bound.ContainsKey('Credential')) { $credential = $Bound['Credential'] }
		if ($signIn.connectionError -eq 'access-denied' -or ($null -ne $credential -and -not (__oimSimCredentialAccepted $Tenant $credential))) {
			& $fail 'Unable to connect to Skype for Business Online: AADSTS50126: Error validating credentials due to invalid username or password.' 'AADSTS50126'
		}
		if ($null -eq $credential -and -not $signIn.integratedAllowed) { & $fail 'User canceled authentication.' 'authentication_canceled' }
		__oimSimNewSession 'online' 'admin0a.online.lync.com'
	}

	# ------------------------------------------------------------------ the module bodies

	# Client policy settings other than EnableIMAutoArchiving, with the reference's types: accepted
	# (so that names and abbreviations bind as on a real server) and ignored.
	$settings = @(
		'[object]$PolicyEntry', '[string]$Description', '[object]$AddressBookAvailability', '[Nullable[bool]]$AttendantSafeTransfer',
		'[Nullable[timespan]]$AutoDiscoveryRetryInterval', '[Nullable[bool]]$BlockConversationFromFederatedContacts',
		'[Nullable[uint32]]$CalendarStatePublicationInterval', '[string]$CustomizedHelpUrl', '[string]$CustomLinkInErrorMessages',
		'[string]$CustomStateUrl', '[Nullable[timespan]]$DGRefreshInterval', '[Nullable[bool]]$DisableCalendarPresence',
		'[Nullable[bool]]$DisableContactCardOrganizationTab', '[Nullable[bool]]$DisableEmailComparisonCheck', '[Nullable[bool]]$DisableEmoticons',
		'[Nullable[bool]]$DisableFeedsTab', '[Nullable[bool]]$DisableFederatedPromptDisplayName', '[Nullable[bool]]$DisableFreeBusyInfo',
		'[Nullable[bool]]$DisableHandsetOnLockedMachine', '[Nullable[bool]]$DisableMeetingSubjectAndLocation', '[Nullable[bool]]$DisableHtmlIm',
		'[Nullable[bool]]$DisableInkIM', '[Nullable[bool]]$DisableOneNote12Integration', '[Nullable[bool]]$DisableOnlineContextualSearch',
		'[Nullable[bool]]$DisablePhonePresence', '[Nullable[bool]]$DisablePICPromptDisplayName', '[Nullable[bool]]$DisablePoorDeviceWarnings',
		'[Nullable[bool]]$DisablePoorNetworkWarnings', '[Nullable[bool]]$DisablePresenceNote', '[Nullable[bool]]$DisableRTFIM',
		'[Nullable[bool]]$DisableSavingIM', '[object]$DisplayPhoto', '[Nullable[bool]]$EnableAppearOffline', '[Nullable[bool]]$EnableCallLogAutoArchiving',
		'[Nullable[bool]]$EnableClientAutoPopulateWithTeam', '[Nullable[bool]]$EnableClientMusicOnHold', '[Nullable[bool]]$EnableConversationWindowTabs',
		'[Nullable[bool]]$EnableEnterpriseCustomizedHelp', '[Nullable[bool]]$EnableEventLogging', '[Nullable[bool]]$EnableExchangeContactSync',
		'[Nullable[bool]]$EnableExchangeDelegateSync', '[Nullable[bool]]$EnableExchangeContactsFolder', '[Nullable[bool]]$EnableFullScreenVideo',
		'[Nullable[bool]]$EnableHighPerformanceConferencingAppSharing', '[Nullable[bool]]$EnableHotdesking', '[Nullable[bool]]$EnableIMAutoArchiving',
		'[Nullable[bool]]$EnableMediaRedirection', '[Nullable[bool]]$EnableMeetingEngagement', '[Nullable[bool]]$EnableNotificationForNewSubscribers',
		'[Nullable[bool]]$EnableServerConversationHistory', '[Nullable[bool]]$EnableSkypeUI', '[Nullable[bool]]$EnableSQMData', '[Nullable[bool]]$EnableTracing',
		'[Nullable[bool]]$EnableURL', '[Nullable[bool]]$EnableUnencryptedFileTransfer', '[Nullable[bool]]$EnableVOIPCallDefault',
		'[string]$ExcludedContactFolders', '[Nullable[timespan]]$HotdeskingTimeout', '[string]$IMWarning', '[Nullable[timespan]]$MAPIPollInterval',
		'[Nullable[uint32]]$MaximumDGsAllowedInContactList', '[Nullable[uint16]]$MaximumNumberOfContacts', '[Nullable[uint32]]$MaxPhotoSizeKB',
		'[string]$MusicOnHoldAudioFile', '[object]$P2PAppSharingEncryption', '[Nullable[bool]]$EnableHighPerformanceP2PAppSharing',
		'[Nullable[bool]]$PlayAbbreviatedDialTone', '[string]$RequireContentPin', '[Nullable[uint16]]$SearchPrefixFlags', '[Nullable[bool]]$ShowRecentContacts',
		'[Nullable[bool]]$ShowManagePrivacyRelationships', '[Nullable[bool]]$ShowSharepointPhotoEditLink', '[string]$SPSearchInternalURL',
		'[string]$SPSearchExternalURL', '[string]$SPSearchCenterInternalURL', '[string]$SPSearchCenterExternalURL', '[string]$TabURL',
		'[object]$TracingLevel', '[string]$TelemetryTier', '[Nullable[uint32]]$PublicationBatchDelay', '[Nullable[bool]]$EnableViewBasedSubscriptionMode',
		'[Nullable[timespan]]$WebServicePollInterval', '[string]$HelpEnvironment', '[Nullable[uint16]]$RateMyCallDisplayPercentage',
		'[Nullable[bool]]$RateMyCallAllowCustomUserFeedback', '[Nullable[uint32]]$IMLatencySpinnerDelay', '[Nullable[uint32]]$IMLatencyErrorThreshold',
		'[Nullable[bool]]$SupportModernFilePicker', '[Nullable[bool]]$EnableOnlineFeedback', '[Nullable[bool]]$EnableOnlineFeedbackScreenshots',
		'[Nullable[timespan]]$ConferenceIMIdleTimeout', '[Nullable[guid]]$Tenant'
	) -join ",`n`t`t"

	# Each function binds its arguments as the real cmdlet does, then hands them to __oimSimInvoke.
	$call = 'process { & $script:__oimCore { __oimSimInvoke @args } $MyInvocation.MyCommand.Name $PSBoundParameters $PSCmdlet $_ $script:__oimHasInput }'
	$userParameters = @'
		[Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)] [string] $Identity,
		[string] $Filter, [string] $LdapFilter, [object] $ResultSize, [string] $DomainController, [string] $OU,
		[switch] $OnLyncServer, [switch] $OnOfficeCommunicationServer, [switch] $OnModernServer, [switch] $UnassignedUser,
		[System.Management.Automation.PSCredential] $Credential
'@
	$serverText = @"
param(`$__oimCore)
`$script:__oimCore = `$__oimCore

function Get-CsClientPolicy {
	[CmdletBinding(DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Position = 0)] [string] `$Identity,
		[Parameter(ParameterSetName = 'Filter')] [string] `$Filter,
		[switch] `$LocalStore, [Nullable[guid]] `$Tenant, [object] `$BypassDualWrite, [string[]] `$Include
	)
	$call
}

function New-CsClientPolicy {
	[CmdletBinding(SupportsShouldProcess = `$true)]
	param(
		[Parameter(Mandatory = `$true, Position = 0)] [string] `$Identity,
		$settings,
		[switch] `$InMemory, [switch] `$Force, [object] `$BypassDualWrite
	)
	$call
}

function Set-CsClientPolicy {
	[CmdletBinding(SupportsShouldProcess = `$true, DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Position = 0)] [string] `$Identity,
		[Parameter(ParameterSetName = 'Instance', ValueFromPipeline = `$true)] [psobject] `$Instance,
		$settings,
		[switch] `$Force, [object] `$BypassDualWrite
	)
	begin { `$script:__oimHasInput = `$PSCmdlet.MyInvocation.ExpectingInput }
	$call
}

function Remove-CsClientPolicy {
	[CmdletBinding(SupportsShouldProcess = `$true)]
	param(
		[Parameter(Mandatory = `$true, Position = 0, ValueFromPipelineByPropertyName = `$true)] [string] `$Identity,
		[switch] `$Force, [Nullable[guid]] `$Tenant, [object] `$BypassDualWrite
	)
	$call
}

function Grant-CsClientPolicy {
	[CmdletBinding(SupportsShouldProcess = `$true, DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Mandatory = `$true, Position = 0, ValueFromPipeline = `$true, ValueFromPipelineByPropertyName = `$true)] [string] `$Identity,
		# Mandatory, and `$null is allowed: it removes the user's per-user policy.
		[Parameter(Mandatory = `$true, Position = 1)] [AllowNull()] [AllowEmptyString()] [string] `$PolicyName,
		[switch] `$PassThru, [string] `$DomainController, [Nullable[guid]] `$Tenant,
		[Parameter(ParameterSetName = 'GrantToTenant', Mandatory = `$true)] [switch] `$Global
	)
	$call
}


"@
	# On-premises only: Get-CsUser and Remove-CsUser (Online reads users with Get-CsOnlineUser),
	# the pools and the RBAC roles (Lync Server 2010 and later).
	$onPremisesText = @"

function Get-CsUser {
	[CmdletBinding()]
	param(
$userParameters
	)
	$call
}

function Remove-CsUser {
	[CmdletBinding(SupportsShouldProcess = `$true)]
	param(
		[Parameter(Mandatory = `$true, Position = 0, ValueFromPipeline = `$true, ValueFromPipelineByPropertyName = `$true)] [string] `$Identity,
		[string] `$DomainController, [switch] `$PassThru
	)
	$call
}

function Get-CsPool {
	[CmdletBinding(DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Position = 0)] [string] `$Identity,
		[Parameter(ParameterSetName = 'Filter')] [string] `$Filter,
		[string] `$Site
	)
	$call
}

function Get-CsAdminRoleAssignment {
	[CmdletBinding()]
	param(
		[Parameter(Mandatory = `$true, Position = 0, ValueFromPipeline = `$true)] [string] `$Identity,
		[switch] `$Force, [switch] `$LocalStore
	)
	$call
}
"@
	# The IM configuration cmdlets came with the Skype for Business Server 2015 June 2016 cumulative
	# update: the SkypeForBusiness module and a pool's session have them, the Lync module does not.
	$imText = @"

function Get-CsImConfiguration {
	[CmdletBinding(DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Position = 0)] [string] `$Identity,
		[Parameter(ParameterSetName = 'Filter')] [string] `$Filter,
		[switch] `$LocalStore, [Nullable[guid]] `$Tenant
	)
	$call
}

function Set-CsImConfiguration {
	[CmdletBinding(SupportsShouldProcess = `$true, DefaultParameterSetName = 'Identity')]
	param(
		[Parameter(ParameterSetName = 'Identity', Position = 0)] [string] `$Identity,
		[Parameter(ParameterSetName = 'Instance', ValueFromPipeline = `$true)] [psobject] `$Instance,
		[bool] `$EnableOfflineIm, [switch] `$Force, [Nullable[guid]] `$Tenant
	)
	$call
}

function New-CsImConfiguration {
	[CmdletBinding(SupportsShouldProcess = `$true)]
	param(
		[Parameter(Mandatory = `$true, Position = 0)] [string] `$Identity,
		[bool] `$EnableOfflineIm, [switch] `$Force, [switch] `$InMemory, [Nullable[guid]] `$Tenant
	)
	$call
}

function Remove-CsImConfiguration {
	[CmdletBinding(SupportsShouldProcess = `$true)]
	param(
		[Parameter(Mandatory = `$true, Position = 0, ValueFromPipelineByPropertyName = `$true)] [string] `$Identity,
		[switch] `$Force, [Nullable[guid]] `$Tenant
	)
	$call
}
"@
	$onlineText = @"

function Get-CsOnlineUser {
	[CmdletBinding()]
	param(
$userParameters,
		[switch] `$SkipUserPolicies
	)
	$call
}
"@
	$exportPolicies = 'Get-CsClientPolicy, New-CsClientPolicy, Set-CsClientPolicy, Remove-CsClientPolicy, Grant-CsClientPolicy'
	$exportOnPremises = "$exportPolicies, Get-CsUser, Remove-CsUser, Get-CsPool, Get-CsAdminRoleAssignment"
	$exportIm = 'Get-CsImConfiguration, Set-CsImConfiguration, New-CsImConfiguration, Remove-CsImConfiguration'
	$skypeBody = $serverText + $onPremisesText + $imText + "`nExport-ModuleMember -Function $exportOnPremises, $exportIm`n"
	$connectorText = @"
param(`$__oimCore)
`$script:__oimCore = `$__oimCore

function New-CsOnlineSession {
	[CmdletBinding()]
	param(
		[Parameter(Position = 0)] [System.Management.Automation.PSCredential] [System.Management.Automation.Credential()] `$Credential,
		[string] `$UserName, [string] `$OverrideAdminDomain, [string] `$OverrideDiscoveryUri, [string] `$OverridePowershellUri,
		[string] `$OverrideAccessTokenResourceUri, [object] `$SessionOption
	)
	$call
}
Export-ModuleMember -Function New-CsOnlineSession
"@
	$script:ModuleBodies = @{
		server = [ScriptBlock]::Create($skypeBody)
		lync = [ScriptBlock]::Create($serverText + $onPremisesText + "`nExport-ModuleMember -Function $exportOnPremises`n")
		session = [ScriptBlock]::Create($skypeBody)
		# Skype for Business Online: the client policy cmdlets and Get-CsOnlineUser; no Get-CsUser.
		'online-session' = [ScriptBlock]::Create($serverText + $onlineText + "`nExport-ModuleMember -Function $exportPolicies, Get-CsOnlineUser`n")
		connector = [ScriptBlock]::Create($connectorText)
		other = [ScriptBlock]::Create('Export-ModuleMember')
	}

	# ------------------------------------------------------------------ the proxies

	# A proxy with the real command's own parameters (so real binding judges every use) that asks
	# $Handler first: $null means handled, a hashtable is what the real command gets.
	function __oimSimProxyText([string] $Qualified, [string] $Handler, [hashtable] $Retype, [string] $After) {
		$command = Microsoft.PowerShell.Core\Get-Command $Qualified -CommandType Cmdlet
		$metadata = New-Object System.Management.Automation.CommandMetadata $command
		if ($Retype) { foreach ($key in $Retype.Keys) { $metadata.Parameters[$key].ParameterType = $Retype[$key] } }
		# A function cannot have a parameter named like a constant automatic variable (Get-Module -PSEdition).
		foreach ($constant in 'PSEdition') { if ($metadata.Parameters.ContainsKey($constant)) { $null = $metadata.Parameters.Remove($constant) } }
		$binding = [System.Management.Automation.ProxyCommand]::GetCmdletBindingAttribute($metadata)
		$parameters = [System.Management.Automation.ProxyCommand]::GetParamBlock($metadata)
		$afterText = ''
		if ($After) { $afterText = "& `$global:__oimSimCore { $After @args } `$PSBoundParameters" }
		@"
function global:$($command.Name) {
$binding
param(
$parameters
)
begin {
	`$__oimSimPipeline = `$null
	`$__oimSimForward = `$null
	foreach (`$__oimSimItem in @(& `$global:__oimSimCore { $Handler @args } `$PSBoundParameters `$PSCmdlet)) {
		if (`$__oimSimItem -is [hashtable]) { `$__oimSimForward = `$__oimSimItem } elseif (`$null -ne `$__oimSimItem) { `$__oimSimItem }
	}
	if (`$__oimSimForward -is [hashtable]) {
		`$__oimSimCommand = `$ExecutionContext.InvokeCommand.GetCommand('$Qualified', [System.Management.Automation.CommandTypes]::Cmdlet)
		`$__oimSimPipeline = { & `$__oimSimCommand @__oimSimForward }.GetSteppablePipeline(`$MyInvocation.CommandOrigin)
		`$__oimSimPipeline.Begin(`$PSCmdlet)
	}
}
process { if (`$__oimSimPipeline) { `$__oimSimPipeline.Process(`$_) } }
end {
	if (`$__oimSimPipeline) { `$__oimSimPipeline.End() }
	$afterText
}
}
"@
	}

	function __oimSimGetModule($Bound, $Cmdlet) { (__oimSimCopy $Bound) }
	function __oimSimTestPathHandler($Bound, $Cmdlet) {
		$answer = __oimSimTestPath $Bound
		if ($null -eq $answer) { return ((__oimSimCopy $Bound)) }
		$answer
	}
	function __oimSimNewPSSessionHandler($Bound, $Cmdlet) {
		if (-not $Bound.ContainsKey('ConnectionUri')) { return ((__oimSimCopy $Bound)) }
		__oimSimNewPSSession $Bound $Cmdlet
	}

	function __oimSimGetModuleExtraIf($Bound) {
		if ($Bound['ListAvailable']) { __oimSimGetModuleExtra $Bound }
	}

	$script:ProxyTexts = @(
		(__oimSimProxyText 'Microsoft.PowerShell.Core\Import-Module' '__oimSimImportModule'),
		(__oimSimProxyText 'Microsoft.PowerShell.Core\Get-Module' '__oimSimGetModule' -After '__oimSimGetModuleExtraIf'),
		(__oimSimProxyText 'Microsoft.PowerShell.Management\Test-Path' '__oimSimTestPathHandler'),
		(__oimSimProxyText 'Microsoft.PowerShell.Core\New-PSSession' '__oimSimNewPSSessionHandler'),
		(__oimSimProxyText 'Microsoft.PowerShell.Utility\Import-PSSession' '__oimSimImportPSSession' @{ Session = [object] })
	) -join "`n"

	Export-ModuleMember
}

& $global:__oimSimCore { __oimSimCountProcessStart }
. ([ScriptBlock]::Create((& $global:__oimSimCore { $script:ProxyTexts })))
$null = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Add('Net.Dns', [__oimSimDns])
