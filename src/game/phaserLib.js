// What `import * as Phaser from "phaser"` bundles in the production build (vite.config.ts aliases
// it; the dev server keeps the full prebuilt library): only the Phaser modules src/game uses. The
// types are still all of phaser.d.ts, so anything newly taken from `Phaser.*` at run time must be
// added here: a missing `Phaser.X` fails the build, a missing `Phaser.X.Y` is undefined at run time.
//
// Left out, as src/game uses none of them: physics, tilemaps, particles and every game object but
// the five below; sound (`audio: { noAudio: true }`); tweens, the clock, the data manager and
// lights (the map animates itself on UPDATE); the loader's file types (nothing is loaded through
// it); the keyboard and gamepad plugins (off in the game config). A scene plugin that is not loaded
// is not installed (PluginManager.addToScene skips it): `this.tweens`, `this.time` are undefined.

import CONST from "phaser/src/const.js";
import Game from "phaser/src/core/Game.js";
import CoreModule from "phaser/src/core/index.js";
import ScaleModule from "phaser/src/scale/index.js";
import Scene from "phaser/src/scene/Scene.js";
import ScenesModule from "phaser/src/scene/index.js";

// the core scene plugins (Game aborts without them) and the default ones the game uses; each
// registers itself with PluginCache as it is loaded
import "phaser/src/events/EventEmitter.js";
import CameraManager from "phaser/src/cameras/2d/CameraManager.js";
import "phaser/src/gameobjects/GameObjectCreator.js";
import "phaser/src/gameobjects/GameObjectFactory.js";
import "phaser/src/scene/ScenePlugin.js";
import "phaser/src/gameobjects/DisplayList.js";
import "phaser/src/gameobjects/UpdateList.js";
import InputPlugin from "phaser/src/input/InputPlugin.js";
// the Preloader scene's preload() runs only when the scene has a loader (SceneManager.bootScene)
import "phaser/src/loader/LoaderPlugin.js";

import Camera from "phaser/src/cameras/2d/Camera.js";
import CameraEvents from "phaser/src/cameras/2d/events/index.js";
import InputEvents from "phaser/src/input/events/index.js";
import Pointer from "phaser/src/input/Pointer.js";
import CanvasTexture from "phaser/src/textures/CanvasTexture.js";
import Texture from "phaser/src/textures/Texture.js";
import TextureEvents from "phaser/src/textures/events/index.js";

// the game objects the scenes create, and their `this.add.*` factories
import Container from "phaser/src/gameobjects/container/Container.js";
import "phaser/src/gameobjects/container/ContainerFactory.js";
import GameObject from "phaser/src/gameobjects/GameObject.js";
import Graphics from "phaser/src/gameobjects/graphics/Graphics.js";
import "phaser/src/gameobjects/graphics/GraphicsFactory.js";
import Image from "phaser/src/gameobjects/image/Image.js";
import "phaser/src/gameobjects/image/ImageFactory.js";
import Layer from "phaser/src/gameobjects/layer/Layer.js";
import "phaser/src/gameobjects/layer/LayerFactory.js";
import Text from "phaser/src/gameobjects/text/Text.js";
import "phaser/src/gameobjects/text/TextFactory.js";

export { Game, Scene };
export const { AUTO, CANVAS, WEBGL, HEADLESS, VERSION } = CONST;
export const Core = CoreModule;
export const Scale = ScaleModule;
export const Scenes = ScenesModule;
export const Cameras = { Scene2D: { Camera, CameraManager, Events: CameraEvents } };
export const Input = { Events: InputEvents, InputPlugin, Pointer };
export const Textures = { CanvasTexture, Events: TextureEvents, Texture };
export const GameObjects = { Container, GameObject, Graphics, Image, Layer, Text };
