# learn.cmd's rebuild decision (Windows): prints a digest of what the learner's tool is built from, the same files
# as ./learn's sources_digest (every pom.xml, learn-tool/src/main/ and chapters/*/src/main/; not under target/,
# .learn/ or .git/), by their content: SHA-256 over each file's path relative to the workbook and its bytes.
#   powershell -NoProfile -ExecutionPolicy Bypass -File .mvn\sources-digest.ps1 <workbook folder>
param([string]$Root = '.')
$ErrorActionPreference = 'Stop'
$top = (Resolve-Path -LiteralPath $Root).Path.TrimEnd('\', '/')

function Find-Sources([string]$dir) {
  foreach ($item in Get-ChildItem -LiteralPath $dir -Force) {
    if ($item.PSIsContainer) {
      if (@('target', '.learn', '.git') -notcontains $item.Name) { Find-Sources $item.FullName }
    } else {
      $rel = $item.FullName.Substring($top.Length + 1).Replace('\', '/')
      if ($item.Name -eq 'pom.xml' -or $rel -like 'learn-tool/src/main/*' -or $rel -like 'chapters/*/src/main/*') { $rel }
    }
  }
}

$sha = [Security.Cryptography.SHA256]::Create()
foreach ($rel in @(Find-Sources $top | Sort-Object -CaseSensitive)) {
  $name = [Text.Encoding]::UTF8.GetBytes($rel + [char]0)
  [void]$sha.TransformBlock($name, 0, $name.Length, $null, 0)
  $bytes = [IO.File]::ReadAllBytes((Join-Path $top $rel))
  [void]$sha.TransformBlock($bytes, 0, $bytes.Length, $null, 0)
}
[void]$sha.TransformFinalBlock((New-Object byte[] 0), 0, 0)
[BitConverter]::ToString($sha.Hash).Replace('-', '')
