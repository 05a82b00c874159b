# Multi-stage build of the API. docker compose up runs it beside PostgreSQL (see docker-compose.yml).
# The explorer page (explorer/, an npm project) bundled into static files; the .NET stage then needs no node.
FROM node:20-bookworm-slim AS explorer
WORKDIR /src/explorer
COPY explorer/package.json explorer/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY explorer/ ./
RUN node build.mjs /out/explorer

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ClaimTracker.Api/ClaimTracker.Api.csproj src/ClaimTracker.Api/
RUN dotnet restore src/ClaimTracker.Api/ClaimTracker.Api.csproj
COPY src/ src/
COPY --from=explorer /out/explorer src/ClaimTracker.Api/wwwroot/explorer/
RUN dotnet publish src/ClaimTracker.Api/ClaimTracker.Api.csproj -c Release -o /app --no-restore -p:SkipExplorerBuild=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "ClaimTracker.Api.dll"]
