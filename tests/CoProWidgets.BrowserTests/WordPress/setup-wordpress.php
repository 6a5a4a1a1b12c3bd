<?php
/**
 * Sets up a throwaway WordPress for the browser tests:
 * `php setup-wordpress.php <wordpress folder> <widget host> [site language, such as cy]`.
 * Installs the site (in the language given, or WordPress's own en_US), activates the CoProWidgets plugin with the widget host as its setting, and adds an Editor and an
 * Author, each with an application password for the REST API (which the block editor saves through). Prints JSON.
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 || $argc > 4 ) {
	fwrite( STDERR, "usage: php setup-wordpress.php <wordpress folder> <widget host> [site language]\n" );
	exit( 2 );
}

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$password = wp_generate_password( 24, false );
$result   = wp_install( 'Riverside Health Centre', 'admin', 'admin@riverside.example', false, '', $password );
if ( empty( $result['user_id'] ) ) {
	fwrite( STDERR, "WordPress did not install.\n" );
	exit( 1 );
}

// Only the setting: WordPress's own words need its language pack, which these tests do not; the plugin's come with it.
// WordPress stores only a language whose pack is installed, so the language counts as installed while it is set.
if ( 4 === $argc && '' !== $argv[3] ) {
	$language = $argv[3];
	add_filter(
		'get_available_languages',
		static function ( $languages ) use ( $language ) {
			return array_merge( $languages, array( $language ) );
		}
	);
	update_option( 'WPLANG', $language );
	if ( get_option( 'WPLANG' ) !== $language ) {
		fwrite( STDERR, "WordPress did not take the site language.\n" );
		exit( 1 );
	}
}

update_option( 'coprowidgets_settings', array( 'host' => $argv[2], 'prefix' => '/copro', 'theme' => true, 'everywhere' => false ) );
$activated = activate_plugin( 'coprowidgets/coprowidgets.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'The plugin did not activate: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

$people = array( 'admin' => array( 'id' => (int) $result['user_id'], 'password' => $password ) );
foreach ( array( 'editor', 'author' ) as $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $password,
			'user_email' => $role . '@riverside.example',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$people[ $role ] = array( 'id' => $id, 'password' => $password );
}

foreach ( $people as $login => $person ) {
	$created = WP_Application_Passwords::create_new_application_password( $person['id'], array( 'name' => 'CoProWidgets tests' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, $created->get_error_message() . "\n" );
		exit( 1 );
	}
	$people[ $login ]['application_password'] = $created[0];
}

echo wp_json_encode(
	array(
		'version' => get_bloginfo( 'version' ),
		'theme'   => get_stylesheet(),
		'people'  => $people,
	)
);
