// Decap CMS waits for the admin script to register our file formats, which then starts it.
window.CMS_MANUAL_INIT = true;
