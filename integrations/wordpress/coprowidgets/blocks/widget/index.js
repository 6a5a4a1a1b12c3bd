/* CoProWidgets block for the editor: the widget's choices in the sidebar, and the server's rendering as the preview.
   Plain script, no build step. */
( function ( wp ) {
	'use strict';
	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	// The widget host's widgets, from its manifest (or the plugin's own list when the host cannot be reached).
	const widgets = window.coprowidgetsWidgets || [];
	const find = function ( kind ) {
		return widgets.filter( function ( w ) {
			return w.kind === kind;
		} )[ 0 ];
	};

	wp.blocks.registerBlockType( 'coprowidgets/widget', {
		edit: function ( props ) {
			const a = props.attributes;
			const set = function ( key ) {
				return function ( value ) {
					const change = {};
					change[ key ] = value;
					props.setAttributes( change );
				};
			};
			const controls = el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Widget', 'coprowidgets' ) },
					el( SelectControl, {
						label: __( 'Widget', 'coprowidgets' ),
						value: a.widget,
						options: widgets.map( function ( w ) {
							return { label: w.label, value: w.kind };
						} ),
						onChange: set( 'widget' ),
					} ),
					find( a.widget ) &&
						find( a.widget ).name !== 'none' &&
						el( TextControl, {
							label: __( 'Name (the file on the widget site, such as having-a-say)', 'coprowidgets' ),
							help: find( a.widget ).name === 'optional' ? __( 'Leave empty to show them all.', 'coprowidgets' ) : null,
							value: a.name,
							onChange: set( 'name' ),
						} ),
					el( SelectControl, {
						label: __( 'Heading level of its title', 'coprowidgets' ),
						value: String( a.headingLevel ),
						options: [ 1, 2, 3, 4, 5 ].map( function ( n ) {
							return { label: 'H' + n, value: String( n ) };
						} ),
						onChange: function ( value ) {
							props.setAttributes( { headingLevel: parseInt( value, 10 ) } );
						},
					} ),
					el( SelectControl, {
						label: __( 'Show it', 'coprowidgets' ),
						value: a.mode,
						options: [
							{ label: __( 'In the page', 'coprowidgets' ), value: 'inline' },
							{ label: __( 'In a frame', 'coprowidgets' ), value: 'iframe' },
						],
						onChange: set( 'mode' ),
					} ),
					el( TextControl, {
						label: __( 'Link text (shown until the widget arrives, and without JavaScript)', 'coprowidgets' ),
						value: a.title,
						onChange: set( 'title' ),
					} ),
					el( TextControl, {
						label: __( 'Language (a language tag, such as cy or pl)', 'coprowidgets' ),
						help: __( 'Leave empty for this site\'s language. The widget site shows the languages it offers.', 'coprowidgets' ),
						value: a.lang,
						onChange: set( 'lang' ),
					} ),
					el( SelectControl, {
						label: __( 'Format', 'coprowidgets' ),
						value: a.format,
						options: [
							{ label: __( 'Standard', 'coprowidgets' ), value: '' },
							{ label: __( 'Easy Read', 'coprowidgets' ), value: 'easy-read' },
						],
						onChange: set( 'format' ),
					} )
				)
			);
			return el(
				'div',
				useBlockProps(),
				controls,
				el( Placeholder, { icon: 'groups', label: __( 'CoProWidgets', 'coprowidgets' ), instructions: __( 'Visitors see the widget here. Choose it in the block settings.', 'coprowidgets' ) },
					el( ServerSideRender, { block: 'coprowidgets/widget', attributes: a } ) )
			);
		},
		save: function () {
			return null;
		},
	} );
} )( window.wp );
