# Reel Notes as a container: the site built with Node 20, served by nginx with
# the configuration the build generates (dist/deploy/nginx.conf). docs/deploy.md.
#
#   docker build -t reel-notes --build-arg SITE_URL=https://reviews.example.com .
#   docker run --rm -p 8080:8080 reel-notes
#
# Put TLS in front of it (a load balancer or proxy): the site's headers ask
# browsers for HTTPS only (Strict-Transport-Security).

FROM node:20-bookworm AS build
WORKDIR /app
# The build settings (docs/deploy.md, "Settings"); the defaults build a site of its own at the root.
ARG SITE_URL=http://localhost:8080
ARG BASE_PATH=/
ARG VITE_API_BASE_URL=
ARG INCLUDE_DRAFTS=
ENV SITE_URL=$SITE_URL BASE_PATH=$BASE_PATH VITE_API_BASE_URL=$VITE_API_BASE_URL INCLUDE_DRAFTS=$INCLUDE_DRAFTS
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginx:stable-alpine
COPY --from=build /app/dist/deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
# Not part of the site: the server configs, Vite's manifest, and the files only Netlify and Cloudflare read.
RUN rm -rf /usr/share/nginx/html/deploy /usr/share/nginx/html/.vite \
    /usr/share/nginx/html/_headers /usr/share/nginx/html/_redirects \
  && nginx -t
EXPOSE 8080
