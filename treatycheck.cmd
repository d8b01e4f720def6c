@echo off
rem treatycheck launcher for Windows: builds the jar with Maven when it is missing or older than
rem the sources, then runs it with JVM flags suited to a short-lived command.
setlocal
set "HOME_DIR=%~dp0"
set "JAR=%HOME_DIR%target\treatycheck.jar"
set "STALE="
if not exist "%JAR%" set "STALE=1"
if not defined STALE (
  for /f "delims=" %%F in ('powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; (Get-ChildItem -Recurse -File '%HOME_DIR%src\main','%HOME_DIR%pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1).FullName"') do set "STALE=1"
)
if defined STALE (
  echo treatycheck: building %JAR% ^(first run or sources changed^)... 1>&2
  pushd "%HOME_DIR%"
  call mvn -B -q -DskipTests package 1>&2
  if errorlevel 1 (
    popd
    echo treatycheck: the build failed; run "mvn -B package" in %HOME_DIR% to see why 1>&2
    exit /b 3
  )
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dtreatycheck.home="%HOME_DIR%." %TREATYCHECK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
