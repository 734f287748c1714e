# Build Paddock's Windows installer: icons, frozen app, self-check, Inno Setup.
# Run from the project root in a virtual environment with `pip install -e .[dev]` done.
$ErrorActionPreference = "Stop"
$version = (python -c "import desktop; print(desktop.__version__)").Trim()
python packaging/make_icons.py build/icons
python -m PyInstaller --noconfirm --log-level WARN --distpath build/dist --workpath build/work packaging/paddock.spec
$env:QT_QPA_PLATFORM = "offscreen"
$check = Start-Process -FilePath "build/dist/paddock/paddock.exe" -ArgumentList "--self-check", "--data-dir", "build/self-check" -Wait -PassThru
if ($check.ExitCode -ne 0) { throw "self-check of the frozen app failed ($($check.ExitCode))" }
iscc "/DAppVersion=$version" packaging/windows/paddock.iss
Get-ChildItem build/Paddock-*-setup.exe | ForEach-Object { "{0}: {1:N1} MB" -f $_.Name, ($_.Length / 1MB) }
