"""Show the dossier: views, the HTML report, the local web app, ask, exports."""
